fn main() {
    println!("selo");
}
