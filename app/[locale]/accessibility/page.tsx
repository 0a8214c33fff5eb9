import {contentPageRoute} from '@/app/_pages/ContentPage';

const route = contentPageRoute('accessibility');
export const generateMetadata = route.generateMetadata;
export default route.Page;
