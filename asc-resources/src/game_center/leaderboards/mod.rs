//! Game Center leaderboards and the leaderboard sets that group them:
//! their localizations, images and releases, the names of a set's members,
//! and (`/v2`) their versions.
//!
//! Apple's document 4.4.1 deprecates most `/v1` routes in favour of `/v2`
//! ones, which keep the JSON types but put localizations (and their images)
//! under a leaderboard's or a set's versions; both are declared, side by
//! side: [`v1`] (with the releases and the set member localizations, which
//! have no `/v2` twin) and [`v2`] (leaderboards, sets, their versions,
//! localizations and images).

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
