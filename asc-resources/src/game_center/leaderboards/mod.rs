//! Game Center leaderboards: their localizations and images, and the
//! leaderboard sets that group them.
//!
//! Apple's document 4.4.1 deprecates the `/v1` routes in favour of `/v2`
//! ones, which keep the JSON types but put localizations under a
//! leaderboard's versions; both are declared: [`v1`], and in [`v2`] the
//! leaderboard, version, localization, image and set twins.

pub mod v1;
pub mod v2;

asc_core::open_enum! {
    /// How a leaderboard's scores are shown (`GameCenterLeaderboardFormatter`).
    pub enum GameCenterLeaderboardFormatter {
        /// A whole number.
        Integer = "INTEGER",
        /// A number with one decimal place.
        DecimalPoint1Place = "DECIMAL_POINT_1_PLACE",
        /// A number with two decimal places.
        DecimalPoint2Place = "DECIMAL_POINT_2_PLACE",
        /// A number with three decimal places.
        DecimalPoint3Place = "DECIMAL_POINT_3_PLACE",
        /// Elapsed time, to the hundredth of a second.
        ElapsedTimeCentisecond = "ELAPSED_TIME_CENTISECOND",
        /// Elapsed time, to the minute.
        ElapsedTimeMinute = "ELAPSED_TIME_MINUTE",
        /// Elapsed time, to the second.
        ElapsedTimeSecond = "ELAPSED_TIME_SECOND",
        /// Pounds, with pence.
        MoneyPoundDecimal = "MONEY_POUND_DECIMAL",
        /// Whole pounds.
        MoneyPound = "MONEY_POUND",
        /// Dollars, with cents.
        MoneyDollarDecimal = "MONEY_DOLLAR_DECIMAL",
        /// Whole dollars.
        MoneyDollar = "MONEY_DOLLAR",
        /// Euros, with cents.
        MoneyEuroDecimal = "MONEY_EURO_DECIMAL",
        /// Whole euros.
        MoneyEuro = "MONEY_EURO",
        /// Francs, with centimes.
        MoneyFrancDecimal = "MONEY_FRANC_DECIMAL",
        /// Whole francs.
        MoneyFranc = "MONEY_FRANC",
        /// Kroner, with øre.
        MoneyKronerDecimal = "MONEY_KRONER_DECIMAL",
        /// Whole kroner.
        MoneyKroner = "MONEY_KRONER",
        /// Yen.
        MoneyYen = "MONEY_YEN",
    }
}

asc_core::open_enum! {
    /// Which of a player's scores a leaderboard keeps (`submissionType`).
    pub enum GameCenterLeaderboardSubmissionType {
        /// The best score.
        BestScore = "BEST_SCORE",
        /// The latest score.
        MostRecentScore = "MOST_RECENT_SCORE",
    }
}

asc_core::open_enum! {
    /// The order of a leaderboard's scores (`scoreSortType`).
    pub enum GameCenterLeaderboardScoreSortType {
        /// Lowest first.
        Asc = "ASC",
        /// Highest first.
        Desc = "DESC",
    }
}

asc_core::open_enum! {
    /// Whether players see a leaderboard (`visibility`).
    pub enum GameCenterLeaderboardVisibility {
        /// Shown to every player.
        ShowForAll = "SHOW_FOR_ALL",
        /// Hidden from every player.
        HideForAll = "HIDE_FOR_ALL",
    }
}
