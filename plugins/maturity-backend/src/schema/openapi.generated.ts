// THIS FILE IS GENERATED from openapi.yaml by scripts/generate-openapi.js. Do not edit.
/* eslint-disable */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "maturity",
    "version": "1",
    "description": "DevOps maturity scorecards (CAICT DevOps Capability Maturity Model) for catalog entities.",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "description": "Liveness; the only unauthenticated route.",
        "responses": {
          "200": {
            "description": "Ok",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "status"
                  ]
                }
              }
            }
          }
        }
      }
    },
    "/models": {
      "get": {
        "operationId": "ListModels",
        "parameters": [
          {
            "$ref": "#/components/parameters/lang"
          }
        ],
        "responses": {
          "200": {
            "description": "The loaded models",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "defaultModelId": {
                      "type": "string"
                    },
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/ModelSummary"
                      }
                    }
                  },
                  "required": [
                    "defaultModelId",
                    "items"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/models/{modelId}": {
      "get": {
        "operationId": "GetModel",
        "description": "The whole model definition, its texts in the language asked for.",
        "parameters": [
          {
            "$ref": "#/components/parameters/modelIdPath"
          },
          {
            "$ref": "#/components/parameters/lang"
          }
        ],
        "responses": {
          "200": {
            "description": "The whole model definition",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities": {
      "get": {
        "operationId": "ListEntities",
        "description": "Evaluated entities with their levels per domain, filtered and paged.",
        "parameters": [
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "name": "group",
            "in": "query",
            "allowReserved": true,
            "description": "Group ref; nested groups included",
            "schema": {
              "type": "string",
              "maxLength": 400
            }
          },
          {
            "name": "unowned",
            "in": "query",
            "description": "true: only entities no known group owns (no owner, or an owner that is not a group); groups themselves excluded. Not with group",
            "schema": {
              "type": "string",
              "enum": [
                "true",
                "false"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/domain"
          },
          {
            "name": "minLevel",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 5
            }
          },
          {
            "name": "maxLevel",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 5
            }
          },
          {
            "name": "kind",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          },
          {
            "name": "lifecycle",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 1000
            }
          },
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of entities",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    },
                    "totalCount": {
                      "type": "integer"
                    },
                    "nextCursor": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "items",
                    "totalCount"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/scorecard": {
      "get": {
        "operationId": "GetScorecard",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          },
          {
            "name": "view",
            "in": "query",
            "description": "`full` (default) joins the results with the model's titles, remediation and references; `results` answers only the stored results (about a third of the size), for clients that hold the model (`GET /models/{modelId}`).",
            "schema": {
              "type": "string",
              "enum": [
                "full",
                "results"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The stored scorecard",
            "content": {
              "application/json": {
                "schema": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/EntityScorecard"
                    },
                    {
                      "$ref": "#/components/schemas/ScorecardResults"
                    }
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/refresh": {
      "post": {
        "operationId": "RefreshEntity",
        "description": "Re-evaluates one entity now (needs maturity.admin).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          }
        ],
        "responses": {
          "200": {
            "description": "The refreshed scorecard",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityScorecard"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/history": {
      "get": {
        "operationId": "GetEntityHistory",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/domain"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "Level changes, oldest first",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    }
                  },
                  "required": [
                    "items"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/groups/{namespace}/{name}/rollup": {
      "get": {
        "operationId": "GetGroupRollup",
        "parameters": [
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          },
          {
            "name": "weakest",
            "in": "query",
            "description": "How many weakest entities to list",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 100
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The group's rollup, nested groups included",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/rollups": {
      "get": {
        "operationId": "GetOrgRollup",
        "parameters": [
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          }
        ],
        "responses": {
          "200": {
            "description": "The org matrix, groups × domains",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "modelId": {
                      "type": "string"
                    },
                    "rows": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    },
                    "unowned": {
                      "description": "Entities no known group owns (no owner, or an owner that is not a group); groups themselves not counted",
                      "type": "object",
                      "properties": {
                        "entityCount": {
                          "type": "integer",
                          "minimum": 0
                        },
                        "overall": {
                          "type": "object",
                          "additionalProperties": true
                        },
                        "domains": {
                          "type": "object",
                          "additionalProperties": true
                        }
                      },
                      "required": [
                        "entityCount",
                        "overall",
                        "domains"
                      ]
                    }
                  },
                  "required": [
                    "modelId",
                    "rows",
                    "unowned"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/rollups/trend": {
      "get": {
        "operationId": "GetRollupTrend",
        "parameters": [
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          },
          {
            "name": "group",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 400
            }
          },
          {
            "$ref": "#/components/parameters/domain"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "Daily snapshots",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    }
                  },
                  "required": [
                    "items"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/indicators": {
      "get": {
        "operationId": "ListIndicators",
        "description": "The model's indicators (KPIs) for a group — its entities and those of every nested group — or, without `group`, for every entity: the value of the last full run, target, whether it is met, how many entities had data and how many had none, and the daily values of the last 180 days.",
        "parameters": [
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          },
          {
            "name": "group",
            "in": "query",
            "description": "A group ref (kind and namespace default to group and default); the whole org when absent",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 400
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Every indicator of the model",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IndicatorList"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/attestations": {
      "get": {
        "operationId": "ListAttestations",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRefQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "Attestations of the entity, newest first, with the audit trail",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    },
                    "audit": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    }
                  },
                  "required": [
                    "items",
                    "audit"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateAttestation",
        "description": "Attests that a manual check's practice is in place (needs maturity.attestation.create on the entity). A check with `attestation.scope: team` is attested on a group: it then holds for every entity owned by the group or a group nested under it, and those entities are re-evaluated in the background (`reevaluating` counts them).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "entityRef",
                  "checkId",
                  "evidenceUrl"
                ],
                "properties": {
                  "entityRef": {
                    "type": "string",
                    "maxLength": 400
                  },
                  "checkId": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "evidenceUrl": {
                    "type": "string",
                    "maxLength": 2000
                  },
                  "comment": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "model": {
                    "type": "string",
                    "maxLength": 200
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The attestation, stored; `reevaluating` entities are being re-evaluated in the background",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true,
                  "required": [
                    "id",
                    "reevaluating"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "reevaluating": {
                      "type": "integer",
                      "minimum": 0
                    }
                  }
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/attestations/{id}": {
      "delete": {
        "operationId": "RevokeAttestation",
        "description": "Revokes an attestation (kept, marked revoked, audited); it stops counting at once: the entities it concerned (for a team attestation, every entity owned by the group or a group nested under it) are re-evaluated in the background. Allowed to its author and to callers with maturity.attestation.create on its entity.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          },
          {
            "name": "reason",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 4000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The revoked attestation, with `reevaluating`",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true,
                  "required": [
                    "id",
                    "reevaluating"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "reevaluating": {
                      "type": "integer",
                      "minimum": 0
                    }
                  }
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/waivers": {
      "get": {
        "operationId": "ListWaivers",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRefQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "Waivers of the entity, newest first",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "additionalProperties": true
                      }
                    }
                  },
                  "required": [
                    "items"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateWaiver",
        "description": "Exempts an entity from a check until it expires (needs maturity.waiver.manage on the entity).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "entityRef",
                  "checkId",
                  "reason"
                ],
                "properties": {
                  "entityRef": {
                    "type": "string",
                    "maxLength": 400
                  },
                  "checkId": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "reason": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 4000
                  },
                  "expiresAt": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "model": {
                    "type": "string",
                    "maxLength": 200
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The waiver",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/waivers/{id}": {
      "delete": {
        "operationId": "RevokeWaiver",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 100
            }
          },
          {
            "name": "reason",
            "in": "query",
            "schema": {
              "type": "string",
              "maxLength": 4000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The revoked waiver",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": true
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/gate": {
      "get": {
        "operationId": "Gate",
        "description": "CI gate — does the entity reach the level (overall, or in one domain)?",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRefQuery"
          },
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "$ref": "#/components/parameters/lang"
          },
          {
            "$ref": "#/components/parameters/domain"
          },
          {
            "name": "minLevel",
            "in": "query",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 5
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The gate's verdict",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GateResult"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/evaluate": {
      "post": {
        "operationId": "EvaluateDryRun",
        "description": "Evaluates a posted entity (and optional facts) without storing anything.",
        "parameters": [
          {
            "$ref": "#/components/parameters/lang"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "entity"
                ],
                "properties": {
                  "entity": {
                    "type": "object",
                    "additionalProperties": true
                  },
                  "model": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "facts": {
                    "type": "object",
                    "description": "TechInsights facts by retriever id → fact → value",
                    "additionalProperties": {
                      "type": "object",
                      "additionalProperties": true
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The scorecard the entity would get",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityScorecard"
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/runs": {
      "get": {
        "operationId": "ListRuns",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The latest evaluation runs",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Run"
                      }
                    }
                  },
                  "required": [
                    "items"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "TriggerRun",
        "description": "Starts a full evaluation run now (needs maturity.admin); it is recorded as manual, with the caller as its actor.",
        "responses": {
          "202": {
            "description": "Accepted",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  },
                  "required": [
                    "status"
                  ]
                }
              }
            }
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z][A-Za-z0-9-]*$",
          "maxLength": 63
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[a-z0-9]+(?:[-_.][a-z0-9]+)*$",
          "maxLength": 63
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$",
          "maxLength": 253
        }
      },
      "modelIdPath": {
        "name": "modelId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "model": {
        "name": "model",
        "in": "query",
        "description": "Model id; the default model when absent",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "lang": {
        "name": "lang",
        "in": "query",
        "description": "The language of the model's texts (titles, descriptions, remediation) as a BCP 47 tag, e.g. zh-CN; before Accept-Language. The model's default language when it provides neither; the response's Content-Language names the language served. Check result messages stay in English.",
        "schema": {
          "type": "string",
          "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$",
          "maxLength": 35
        }
      },
      "domain": {
        "name": "domain",
        "in": "query",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
      "from": {
        "name": "from",
        "in": "query",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "to": {
        "name": "to",
        "in": "query",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "entityRefQuery": {
        "name": "entityRef",
        "in": "query",
        "required": true,
        "allowReserved": true,
        "schema": {
          "type": "string",
          "minLength": 3,
          "maxLength": 400
        }
      }
    },
    "responses": {
      "ErrorResponse": {
        "description": "An error",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "properties": {
          "error": {
            "type": "object",
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            },
            "required": [
              "name",
              "message"
            ]
          },
          "request": {
            "type": "object",
            "additionalProperties": true
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            },
            "required": [
              "statusCode"
            ]
          }
        },
        "required": [
          "error",
          "response"
        ]
      },
      "ModelSummary": {
        "type": "object",
        "additionalProperties": true,
        "required": [
          "id",
          "title",
          "version",
          "levels",
          "domains"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "version": {
            "type": "string"
          },
          "language": {
            "type": "string",
            "description": "The language of the texts"
          },
          "defaultLanguage": {
            "type": "string"
          },
          "languages": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "levels": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "domains": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "EntityScorecard": {
        "type": "object",
        "additionalProperties": true,
        "required": [
          "entityRef",
          "modelId",
          "level",
          "score",
          "domains",
          "evaluatedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "modelId": {
            "type": "string"
          },
          "level": {
            "type": [
              "integer",
              "null"
            ]
          },
          "score": {
            "type": "number"
          },
          "evaluatedAt": {
            "type": "string"
          },
          "domains": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "ScorecardResults": {
        "type": "object",
        "additionalProperties": true,
        "required": [
          "entityRef",
          "modelId",
          "modelVersion",
          "level",
          "score",
          "domains",
          "checks",
          "evaluatedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "modelId": {
            "type": "string"
          },
          "modelVersion": {
            "type": "string"
          },
          "level": {
            "type": [
              "integer",
              "null"
            ]
          },
          "score": {
            "type": "number"
          },
          "evaluatedAt": {
            "type": "string"
          },
          "domains": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "checks": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "GateResult": {
        "type": "object",
        "required": [
          "pass",
          "entityRef",
          "modelId",
          "domainId",
          "level",
          "required",
          "blocking"
        ],
        "properties": {
          "pass": {
            "type": "boolean"
          },
          "entityRef": {
            "type": "string"
          },
          "modelId": {
            "type": "string"
          },
          "domainId": {
            "type": [
              "string",
              "null"
            ]
          },
          "level": {
            "type": [
              "integer",
              "null"
            ]
          },
          "required": {
            "type": "integer"
          },
          "evaluatedAt": {
            "type": "string"
          },
          "blocking": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          }
        }
      },
      "IndicatorList": {
        "type": "object",
        "required": [
          "modelId",
          "groupRef",
          "computedAt",
          "indicators"
        ],
        "properties": {
          "modelId": {
            "type": "string"
          },
          "groupRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "computedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "indicators": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/IndicatorValue"
            }
          }
        }
      },
      "IndicatorValue": {
        "type": "object",
        "required": [
          "id",
          "title",
          "unit",
          "target",
          "direction",
          "value",
          "met",
          "entityCount",
          "noDataCount",
          "history"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          },
          "target": {
            "type": "number"
          },
          "direction": {
            "type": "string",
            "enum": [
              "increase",
              "decrease"
            ]
          },
          "reference": {
            "type": "string"
          },
          "value": {
            "type": [
              "number",
              "null"
            ]
          },
          "met": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "entityCount": {
            "type": "integer"
          },
          "noDataCount": {
            "type": "integer"
          },
          "history": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "date",
                "value"
              ],
              "properties": {
                "date": {
                  "type": "string"
                },
                "value": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            }
          }
        }
      },
      "Run": {
        "type": "object",
        "required": [
          "id",
          "trigger",
          "status",
          "startedAt",
          "entities",
          "changedEntities",
          "errors",
          "errorDetails"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "trigger": {
            "type": "string",
            "enum": [
              "scheduled",
              "manual",
              "entity"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "running",
              "succeeded",
              "failed"
            ]
          },
          "startedAt": {
            "type": "string"
          },
          "finishedAt": {
            "type": "string"
          },
          "entities": {
            "type": "integer"
          },
          "changedEntities": {
            "type": "integer"
          },
          "errors": {
            "type": "integer"
          },
          "errorDetails": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": true
            }
          },
          "actor": {
            "type": "string",
            "description": "Who asked for a manual run (a user entity ref or a service's subject)."
          }
        }
      }
    }
  }
} as const;
