import { openWebKit } from './webkit';
import { engineSuite } from './suite';

engineSuite({ name: 'webkit', open: openWebKit, limits: { seesLoadErrors: false } });
