//! The sharing page (`share.html`), its own wasm beside the practice app.

fn main() {
    bransjenorsk::share::start();
}
