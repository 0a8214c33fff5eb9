import {contentPageRoute} from '@/components/ContentPage';

const route = contentPageRoute('support-workers');
export const generateMetadata = route.generateMetadata;
export default route.Page;
