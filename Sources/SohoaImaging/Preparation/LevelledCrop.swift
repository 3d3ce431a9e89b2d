import CLeptonica
import Foundation

extension LeptonicaImage {
    /// The page `rect` of the frame levelled by `frameSkew`, levelled again by its own `pageLean`, in one rotation of
    /// the page alone instead of one of the whole frame and a second of the page.
    ///
    /// `rect` is in the coordinates of this frame rotated clockwise by `frameSkew` about its centre (the frame the
    /// analysis cut); the page is then rotated by `pageLean` about its own centre. Both rotations about those centres
    /// compose into one by `frameSkew + pageLean` about the page's centre as it lies in this frame, so the page is
    /// cut from here with room for its corners, rotated once, and trimmed to `rect`'s size. What lies beyond the
    /// frame comes in white, as it did from a rotated frame.
    public func levelledCrop(of rect: PixelRect, frameSkew: Double, pageLean: Double) throws(ImagingError) -> LeptonicaImage {
        let degrees = frameSkew + pageLean
        // The page's centre in the levelled frame, taken back to this frame (the inverse of the frame's rotation).
        let radians = frameSkew * .pi / 180
        let (cosine, sine) = (cos(radians), sin(radians))
        let (frameX, frameY) = (Double(width) / 2, Double(height) / 2)
        let (dx, dy) = (Double(rect.x) + Double(rect.width) / 2 - frameX, Double(rect.y) + Double(rect.height) / 2 - frameY)
        let centreX = frameX + dx * cosine + dy * sine
        let centreY = frameY - dx * sine + dy * cosine
        // The bounding box of the page turned by the whole angle, plus a pixel each side for interpolation.
        let turn = degrees * .pi / 180
        let boxWidth = Int((Double(rect.width) * abs(cos(turn)) + Double(rect.height) * abs(sin(turn))).rounded(.up)) + 2
        let boxHeight = Int((Double(rect.width) * abs(sin(turn)) + Double(rect.height) * abs(cos(turn))).rounded(.up)) + 2
        let box = PixelRect(
            x: Int((centreX - Double(boxWidth) / 2).rounded()), y: Int((centreY - Double(boxHeight) / 2).rounded()),
            width: boxWidth, height: boxHeight)
        let around = try whitePadded(cropped(to: box), to: box)
        let turned = try around.rotated(clockwise: degrees)
        return try turned.cropped(
            to: PixelRect(x: (boxWidth - rect.width) / 2, y: (boxHeight - rect.height) / 2, width: rect.width, height: rect.height))
    }

    /// `part` (this image cut to `box`, clipped at the image's edges) brought back to the full size of `box`, the
    /// clipped margins white.
    private func whitePadded(_ part: consuming LeptonicaImage, to box: PixelRect) throws(ImagingError) -> LeptonicaImage {
        let left = max(0, -box.x), top = max(0, -box.y)
        let right = max(0, box.x + box.width - width), bottom = max(0, box.y + box.height - height)
        guard left + right + top + bottom > 0 else { return part }
        let white: UInt32 = depth == 1 ? 0 : (depth == 8 ? 255 : 0xFFFF_FF00)
        return try Self.made(
            pixAddBorderGeneral(part.pointer, l_int32(left), l_int32(right), l_int32(top), l_int32(bottom), white),
            "pad an image with white")
    }
}
