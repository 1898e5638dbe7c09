import { openFirefox } from './firefox';
import { engineSuite } from './suite';

engineSuite({ name: 'firefox', open: openFirefox, limits: { seesLoadErrors: true } });
