//! The workers' text tables: `NAME = ("English", "Português");` becomes a
//! [`selo::Text`] constant, and `ALL` lists a module's texts for its
//! translation test (test builds only, so no wasm module carries the
//! list). One definition, included with `#[macro_use]` by the engine
//! worker and the analyzer.

macro_rules! texts {
    ($($name:ident = ($en:expr, $pt:expr);)+) => {
        $( pub(crate) const $name: Text = Text::new($en, $pt); )+
        /// Every text, for the translation test.
        #[cfg(test)]
        pub const ALL: &[(&str, Text)] = &[$((stringify!($name), $name)),+];
    };
}
