// A QR code drawn as one vector path: sharp at any print size, and no image to embed.
import {Path, Svg} from '@react-pdf/renderer';
import QRCode from 'qrcode';

export const QrCode = ({value, size}: {value: string; size: number}) => {
  const {modules} = QRCode.create(value, {errorCorrectionLevel: 'M'});
  const quiet = 2;
  const count = modules.size + quiet * 2;
  let path = '';
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) {
      if (modules.get(x, y)) path += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${count} ${count}`}>
      <Path d={path} fill="#000000" />
    </Svg>
  );
};
