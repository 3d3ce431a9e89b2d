import CLeptonica

extension LeptonicaImage {
    /// An 8-bit gray image warped by the projective transform that takes the four points `from` (in this image) to
    /// the four points `to` (in the result, of the same size), interpolated, with `fill` (a gray level) brought in
    /// from outside.
    public func projected(
        from: [(x: Double, y: Double)], to: [(x: Double, y: Double)], fill: Int = 255
    ) throws(ImagingError) -> LeptonicaImage {
        guard from.count == 4, to.count == 4 else { throw ImagingError("warp an image: four points each way are needed") }
        var source = ptaCreate(4)
        var destination = ptaCreate(4)
        defer {
            ptaDestroy(&source)
            ptaDestroy(&destination)
        }
        guard source != nil, destination != nil else { throw ImagingError("make the points of a warp") }
        for (s, d) in zip(from, to) {
            ptaAddPt(source, Float(s.x), Float(s.y))
            ptaAddPt(destination, Float(d.x), Float(d.y))
        }
        return try Self.made(pixProjectivePtaGray(pointer, destination, source, UInt8(clamping: fill)), "warp an image")
    }
}
