import {
  ConflictError,
  InputError,
  NotImplementedError,
  ServiceUnavailableError,
} from '@backstage/errors';
import { httpStatusOf } from './httpStatusOf';

describe('httpStatusOf', () => {
  it('reads the status of @backstage/errors classes', () => {
    expect(httpStatusOf(new InputError('x'))).toBe(400);
    expect(httpStatusOf(new ConflictError('x'))).toBe(409);
    expect(httpStatusOf(new NotImplementedError('x'))).toBe(501);
    expect(httpStatusOf(new ServiceUnavailableError('x'))).toBe(503);
  });

  it('prefers a numeric statusCode or status field in range', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), {
      status: 413,
    });
    expect(httpStatusOf(tooLarge)).toBe(413);
    expect(
      httpStatusOf(Object.assign(new InputError('x'), { statusCode: 422 })),
    ).toBe(422);
    expect(httpStatusOf(Object.assign(new Error('x'), { status: 42 }))).toBe(
      500,
    );
    expect(httpStatusOf(Object.assign(new Error('x'), { status: '404' }))).toBe(
      500,
    );
  });

  it('answers 500 for anything else', () => {
    expect(httpStatusOf(new TypeError('x is undefined'))).toBe(500);
    expect(httpStatusOf('a string')).toBe(500);
    expect(httpStatusOf(null)).toBe(500);
  });
});
