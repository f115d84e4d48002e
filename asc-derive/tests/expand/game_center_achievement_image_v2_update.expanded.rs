#[automatically_derived]
#[allow(unused_qualifications)]
impl ::asc_core::Payload for GameCenterAchievementImageV2Update {
    const TYPE: &'static str = "gameCenterAchievementImages";
    fn serialize_members<__S>(
        &self,
        __data: &mut __S,
    ) -> ::asc_core::__private::core::result::Result<(), __S::Error>
    where
        __S: ::asc_core::__private::serde::ser::SerializeStruct,
    {
        #[derive(::asc_core::__private::serde::Serialize)]
        #[serde(crate = "::asc_core::__private::serde")]
        struct __Attributes<'__a> {
            #[serde(
                rename = "uploaded",
                skip_serializing_if = "::asc_core::__private::support::is_none",
            )]
            uploaded: &'__a Option<bool>,
        }
        if ::asc_core::__private::core::option::Option::is_none(&self.uploaded) {
            <__S as ::asc_core::__private::serde::ser::SerializeStruct>::skip_field(
                __data,
                "attributes",
            )?;
        } else {
            <__S as ::asc_core::__private::serde::ser::SerializeStruct>::serialize_field(
                __data,
                "attributes",
                &__Attributes {
                    uploaded: &self.uploaded,
                },
            )?;
        }
        ::asc_core::__private::core::result::Result::Ok(())
    }
}
#[automatically_derived]
impl ::asc_core::__private::serde::Serialize for GameCenterAchievementImageV2Update {
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
