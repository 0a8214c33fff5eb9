import {questionRoute} from '../question-route';

const route = questionRoute('who');
export const generateMetadata = route.generateMetadata;
export default route.Page;
