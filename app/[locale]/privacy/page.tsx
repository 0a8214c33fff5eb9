import {contentPageRoute} from '@/components/ContentPage';

const route = contentPageRoute('privacy');
export const generateMetadata = route.generateMetadata;
export default route.Page;
