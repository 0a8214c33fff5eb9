import {questionRoute} from '../question-route';

const route = questionRoute('threatChannel');
export const generateMetadata = route.generateMetadata;
export default route.Page;
