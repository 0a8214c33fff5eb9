import {questionRoute} from '../question-route';

const route = questionRoute('province');
export const generateMetadata = route.generateMetadata;
export default route.Page;
