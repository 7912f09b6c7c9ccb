import { toDataURL } from "qrcode";
import { useEffect, useState } from "react";
import "./invites.css";

/** A QR code of a link, drawn as an image; `size` in CSS pixels. */
export function QrCode({
  text,
  label,
  size = 200,
  testId,
}: {
  text: string;
  label: string;
  size?: number;
  testId?: string;
}) {
  const [drawn, setDrawn] = useState<{ text: string; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    toDataURL(text, { margin: 1, width: size * 2, errorCorrectionLevel: "M" })
      .then((url) => {
        if (live) setDrawn({ text, url });
      })
      .catch(() => {
        if (live) setDrawn(null);
      });
    return () => {
      live = false;
    };
  }, [text, size]);
  const url = drawn?.text === text ? drawn.url : null;
  return (
    <span className="qr-code" style={{ width: size, height: size }} data-testid={testId}>
      {url && <img src={url} alt={label} width={size} height={size} />}
    </span>
  );
}
