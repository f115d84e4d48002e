//! Closed sets of Apple strings that stay open: every documented value is a
//! variant, and a value Apple adds later is kept in `Unknown` instead of
//! failing the whole decode. Used here and by asc-resources; not a public API.

/// Declares such an enum (an asset delivery state, a version state...) with `as_str()`, `Display`, `FromStr`, `From<&str>`
/// and serde both ways (as the wire string).
#[doc(hidden)]
#[macro_export]
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $wire:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$vmeta])*
                #[doc = ""]
                #[doc = concat!(" On the wire: `", $wire, "`.")]
                $variant,
            )+
            /// A value this version of the crate does not know, kept as Apple sent it.
            Unknown(String),
        }

        impl $name {
            /// Every value Apple's schema documents, in Apple's order.
            pub const KNOWN: &'static [$name] = &[$($name::$variant),+];

            /// The value as Apple spells it on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $( $name::$variant => $wire, )+
                    $name::Unknown(other) => other,
                }
            }

            /// The value for a wire string; a string Apple's schema does not
            /// list is kept in `Unknown`.
            pub fn from_wire(wire: &str) -> $name {
                match wire {
                    $( $wire => $name::$variant, )+
                    other => $name::Unknown(other.to_owned()),
                }
            }

            /// True for `Unknown`: a value newer than this crate.
            pub fn is_unknown(&self) -> bool {
                matches!(self, $name::Unknown(_))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.pad(self.as_str())
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;

            fn from_str(wire: &str) -> Result<$name, Self::Err> {
                Ok($name::from_wire(wire))
            }
        }

        impl From<&str> for $name {
            fn from(wire: &str) -> $name {
                $name::from_wire(wire)
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S: $crate::__private::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(d: D) -> Result<$name, D::Error> {
                struct Visitor;
                impl $crate::__private::serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(concat!("a ", stringify!($name), " string"))
                    }
                    fn visit_str<E: $crate::__private::serde::de::Error>(self, wire: &str) -> Result<$name, E> {
                        Ok($name::from_wire(wire))
                    }
                }
                d.deserialize_str(Visitor)
            }
        }
    };
}
