import {questionRoute} from '../question-route';

const route = questionRoute('country');
export const generateMetadata = route.generateMetadata;
export default route.Page;
