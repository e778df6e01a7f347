//! Prints the page-to-module map of `index.html`'s loader
//! ([`selo_web::Page::module_map`]) for the build: `scripts/pre_build.mjs`
//! runs it natively and `scripts/post_build.mjs` writes the loader from
//! its output, so the loader cannot disagree with `Page`.

fn main() {
    println!("{}", selo_web::Page::module_map());
}
