// The engine tests open the same generated releases as the Playwright tests.
export { default } from '../e2e/global-setup.ts';
