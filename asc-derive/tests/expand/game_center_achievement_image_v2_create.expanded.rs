#[automatically_derived]
#[allow(unused_qualifications)]
impl ::asc_core::Payload for GameCenterAchievementImageV2Create {
    const TYPE: &'static str = "gameCenterAchievementImages";
    fn serialize_members<__S>(
        &self,
        __data: &mut __S,
    ) -> ::asc_core::__private::core::result::Result<(), __S::Error>
    where
        __S: ::asc_core::__private::serde::ser::SerializeStruct,
    {
        let _ = <GameCenterAchievementLocalizationV2 as ::asc_core::Resource>::TYPE;
        #[derive(::asc_core::__private::serde::Serialize)]
        #[serde(crate = "::asc_core::__private::serde")]
        struct __Attributes<'__a> {
            #[serde(rename = "fileSize")]
            file_size: &'__a i64,
            #[serde(rename = "fileName")]
            file_name: &'__a String,
        }
        #[derive(::asc_core::__private::serde::Serialize)]
        #[serde(crate = "::asc_core::__private::serde")]
        struct __Relationships<'__a> {
            #[serde(rename = "localization")]
            localization: &'__a Linkage<GameCenterAchievementLocalizationV2>,
        }
        <__S as ::asc_core::__private::serde::ser::SerializeStruct>::serialize_field(
            __data,
            "attributes",
            &__Attributes {
                file_size: &self.file_size,
                file_name: &self.file_name,
            },
        )?;
        <__S as ::asc_core::__private::serde::ser::SerializeStruct>::serialize_field(
            __data,
            "relationships",
            &__Relationships {
                localization: &self.localization,
            },
        )?;
        ::asc_core::__private::core::result::Result::Ok(())
    }
}
#[automatically_derived]
impl ::asc_core::__private::serde::Serialize for GameCenterAchievementImageV2Create {
    fn serialize<__S>(
        &self,
        __serializer: __S,
    ) -> ::asc_core::__private::core::result::Result<__S::Ok, __S::Error>
    where
        __S: ::asc_core::__private::serde::Serializer,
    {
        ::asc_core::__private::serde::Serialize::serialize(
            &::asc_core::WriteDocument::create(self),
            __serializer,
        )
    }
}
