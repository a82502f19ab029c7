//! The teachers' studio (`studio.html`), its own wasm beside the practice
//! app: learners never download it.

fn main() {
    bransjenorsk::studio::start();
}
