/// The kind of civil-registry book, named by the national import sheet it feeds.
public enum RegisterType: String, Sendable, Codable, CaseIterable {
    /// Sổ đăng ký khai sinh: births.
    case birth = "KS"
    /// Sổ đăng ký khai tử: deaths.
    case death = "KT"
    /// Sổ đăng ký kết hôn: marriages.
    case marriage = "KH"
}
