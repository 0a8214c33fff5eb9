import {questionRoute} from '../question-route';

const route = questionRoute('consent');
export const generateMetadata = route.generateMetadata;
export default route.Page;
