export { AfterFirstPaint } from './AfterFirstPaint';
