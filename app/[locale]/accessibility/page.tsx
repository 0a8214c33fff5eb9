import {contentPageRoute} from '@/components/ContentPage';

const route = contentPageRoute('accessibility');
export const generateMetadata = route.generateMetadata;
export default route.Page;
