import {contentPageRoute} from '@/components/ContentPage';

const route = contentPageRoute('browse-safely');
export const generateMetadata = route.generateMetadata;
export default route.Page;
