fn main() {
    bransjenorsk::app::start();
}
