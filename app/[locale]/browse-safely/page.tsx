import {contentPageRoute} from '@/app/_pages/ContentPage';

const route = contentPageRoute('browse-safely');
export const generateMetadata = route.generateMetadata;
export default route.Page;
