import CLeptonica

/// The image operations the stages use, each returning a new image owned by its own `LeptonicaImage`.
extension LeptonicaImage {
    static func made(_ pointer: UnsafeMutablePointer<PIX>?, _ operation: String) throws(ImagingError) -> LeptonicaImage {
        guard let image = LeptonicaImage(taking: pointer) else { throw ImagingError(operation) }
        return image
    }

    /// 8-bit gray from any depth: bilevel, 16-bit (most significant byte), colour-mapped or RGB (luminance).
    public func gray8() throws(ImagingError) -> LeptonicaImage {
        switch depth {
        case 8 where pixGetColormap(pointer) == nil: return try copy()
        case 16: return try Self.made(pixConvert16To8(pointer, l_int32(L_MS_BYTE)), "convert 16-bit to 8-bit gray")
        case 32: return try Self.made(pixConvertRGBToLuminance(pointer), "convert RGB to gray")
        default: return try Self.made(pixConvertTo8(pointer, 0), "convert to 8-bit gray")
        }
    }

    public func copy() throws(ImagingError) -> LeptonicaImage { try Self.made(pixCopy(nil, pointer), "copy an image") }

    /// Scaled by `factor` (area-mapped when shrinking).
    public func scaled(by factor: Double) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixScale(pointer, Float(factor), Float(factor)), "scale an image")
    }

    /// Rotated clockwise (as seen on screen) by `degrees` about the centre, keeping the size, with white brought in
    /// at the corners (black when `bringingInBlack`, for a mask of what is not paper). A skew that Leptonica measures
    /// is undone by rotating clockwise by it.
    public func rotated(clockwise degrees: Double, bringingInBlack: Bool = false) throws(ImagingError) -> LeptonicaImage {
        let radians = Float(degrees * .pi / 180)
        let type = depth == 1 ? l_int32(L_ROTATE_SHEAR) : l_int32(L_ROTATE_AREA_MAP)
        let fill = bringingInBlack ? l_int32(L_BRING_IN_BLACK) : l_int32(L_BRING_IN_WHITE)
        return try Self.made(pixRotate(pointer, radians, type, fill, 0, 0), "rotate an image")
    }

    /// In colour, with a red frame `thickness` pixels wide around `region` (to show a cell within its row).
    public func framed(_ region: PixelRect, thickness: Int) throws(ImagingError) -> LeptonicaImage {
        let colour = try Self.made(pixConvertTo32(pointer), "convert to colour")
        guard let box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(region.width), l_int32(region.height)) else {
            throw ImagingError("make a box")
        }
        var owned: UnsafeMutablePointer<BOX>? = box
        defer { boxDestroy(&owned) }
        guard pixRenderBoxArb(colour.pointer, box, l_int32(thickness), 220, 30, 40) == 0 else { throw ImagingError("draw a frame") }
        return colour
    }

    public func rotated180() throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixRotate180(nil, pointer), "rotate an image by 180°")
    }

    /// The part of the image inside `region`, clipped to the image.
    public func cropped(to region: PixelRect) throws(ImagingError) -> LeptonicaImage {
        var box = boxCreate(l_int32(region.x), l_int32(region.y), l_int32(region.width), l_int32(region.height))
        guard box != nil else { throw ImagingError("make a box") }
        defer { boxDestroy(&box) }
        return try Self.made(pixClipRectangle(pointer, box, nil), "crop an image")
    }

    /// Paper made white and even (shading, photographed light falloff, yellowed paper), ink kept: 8-bit gray in.
    public func backgroundNormalized() throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixBackgroundNormSimple(pointer, nil, nil), "normalize the background")
    }

    /// Bilevel (ink = 1) from 8-bit gray, by a fixed threshold on a background-normalized image.
    public func binarized(threshold: Int = 160) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixThresholdToBinary(pointer, l_int32(threshold)), "binarize an image")
    }

    /// Morphological opening by a `width` × `height` brick (bilevel): keeps only structures at least that large.
    public func opened(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixOpenBrick(nil, pointer, l_int32(max(1, width)), l_int32(max(1, height))), "open an image")
    }

    /// Morphological dilation by a `width` × `height` brick (bilevel): thickens ink.
    public func dilated(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixDilateBrick(nil, pointer, l_int32(max(1, width)), l_int32(max(1, height))), "dilate an image")
    }

    /// Morphological closing by a `width` × `height` brick (bilevel): bridges gaps smaller than the brick.
    public func closed(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixCloseBrick(nil, pointer, l_int32(max(1, width)), l_int32(max(1, height))), "close an image")
    }
}

extension LeptonicaImage {
    /// An 8-bit image with every dark feature narrower than `width` or shorter than `height` filled with the light
    /// around it (a gray closing): what stays dark is long lines.
    public func closedGray(width: Int, height: Int) throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixCloseGray(pointer, l_int32(max(1, width) | 1), l_int32(max(1, height) | 1)), "close a gray image")
    }
}

/// A rectangle in pixels, origin at the top left.
public struct PixelRect: Sendable, Equatable, Codable {
    public var x, y, width, height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        (self.x, self.y, self.width, self.height) = (x, y, width, height)
    }
}

extension LeptonicaImage {
    /// Sets every pixel under the bilevel `mask` to `value` (8-bit images), in place.
    public func fill(under mask: borrowing LeptonicaImage, with value: Int) {
        pixSetMasked(pointer, mask.pointer, UInt32(value))
    }

}


extension LeptonicaImage {
    /// Turned a quarter clockwise (the frame's width becomes its height).
    public func turnedQuarterClockwise() throws(ImagingError) -> LeptonicaImage {
        try Self.made(pixRotate90(pointer, 1), "rotate an image by 90°")
    }
}
