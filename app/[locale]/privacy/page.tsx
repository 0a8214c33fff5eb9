import {contentPageRoute} from '@/app/_pages/ContentPage';
import {ForgetDeviceSection} from '@/components/device/ForgetDeviceSection';

const route = contentPageRoute('privacy', (locale) => <ForgetDeviceSection locale={locale} />);
export const generateMetadata = route.generateMetadata;
export default route.Page;
