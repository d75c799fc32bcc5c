import type { MaturityModel } from '@devops-maturity/plugin-maturity-common';
import type express from 'express';
import type { ModelRegistry } from '../model/ModelRegistry';
import { requestedLanguages } from './requestLanguages';

/**
 * A model's text in the language the request asks for (`?lang=`, then
 * `Accept-Language`, else the model's default language), which the response
 * states in `Content-Language`.
 */
export function modelText(
  models: ModelRegistry,
  req: express.Request,
  res: express.Response,
  modelId: string,
): MaturityModel {
  const { model, language } = models.inLanguage(
    modelId,
    requestedLanguages(req),
  );
  res.setHeader('Content-Language', language);
  res.vary('Accept-Language');
  return model;
}
