//! The practice app's entry: mounts the app.

fn main() {
    bransjenorsk::app::start();
}
