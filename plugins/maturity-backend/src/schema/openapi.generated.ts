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
          },
          {
            "name": "include",
            "in": "query",
            "description": "`parts` (systems only): adds `parts`, the system's level per domain over itself and every component, API and resource part of it (the weakest entity), with each part's level.",
            "schema": {
              "type": "string",
              "enum": [
                "parts"
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
    "/stale-evidence": {
      "get": {
        "operationId": "GetStaleEvidence",
        "description": "The entities whose scorecards rest on evidence that could not be read at their latest evaluation (an evidence source such as TechInsights was down, so checks kept earlier results), in the whole catalog or among the entities owned within a group's subtree: totals, per source (entities, checks, down since, earliest last success, latest message) and the entities, longest down first.",
        "parameters": [
          {
            "$ref": "#/components/parameters/model"
          },
          {
            "name": "modelId",
            "in": "query",
            "description": "The same as model",
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          },
          {
            "name": "group",
            "in": "query",
            "description": "A group ref (kind and namespace default to group and default); nested groups included; the whole catalog when absent",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 400
            }
          },
          {
            "name": "limit",
            "in": "query",
            "description": "The most entities listed in items; default 100",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The stale evidence summary",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/StaleEvidenceSummary"
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
        "description": "Evaluates a posted entity (and optional facts) without storing anything. The entity is validated as the catalog validates entities (400 listing every problem with its field path); its relations are those the catalog would store on it, derived from its spec and the other entities' specs, with targets looked up in the live catalog.",
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
                    "additionalProperties": true,
                    "description": "A catalog entity (apiVersion, kind, metadata, spec); `relations` and `status`, as the catalog API returns them, are ignored."
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
        "description": "Starts a full evaluation run now (needs maturity.admin); it is recorded as manual, with the caller as its actor. During the start-up delay (`maturity.schedule.initialDelay`, per instance, so that the catalog has had time to ingest) the run is queued, not refused: the answer says `queued: true` and `startsAt`, the time by which the answering instance starts it; another instance already past its own delay may start it sooner. While a full run is alive (its heartbeat is younger than `maturity.runTakeoverAfter`, default 2 minutes) the answer is 409 naming since when it runs and its last heartbeat. When the scheduler still holds its task for an instance that stopped and the run's heartbeat is older than that bound, the answering instance takes the run over (`takenOver: true`): the dead run is recorded as failed and a new run starts at once.",
        "responses": {
          "202": {
            "description": "Accepted, started or queued",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "properties": {
                    "status": {
                      "type": "string",
                      "enum": [
                        "started",
                        "queued"
                      ]
                    },
                    "queued": {
                      "type": "boolean"
                    },
                    "startsAt": {
                      "type": "string",
                      "format": "date-time",
                      "description": "When queued, the ISO date-time by which the run starts"
                    },
                    "startsInSeconds": {
                      "type": "integer",
                      "minimum": 1,
                      "description": "When queued, seconds until startsAt, rounded up"
                    },
                    "takenOver": {
                      "type": "boolean",
                      "description": "True when the answering instance started the run itself, taking over from a run without heartbeat"
                    },
                    "message": {
                      "type": "string",
                      "description": "When queued or taken over, what happened in an English sentence"
                    }
                  },
                  "required": [
                    "status",
                    "queued"
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
    "/facts": {
      "post": {
        "operationId": "PushFacts",
        "description": "Pushes facts of an entity from a source declared in app-config (`maturity.pushedFacts.sources`), e.g. a CI pipeline; models read them as `pushed.<source>.<fact>`. Needs maturity.facts.push (an external access token passes when its accessRestrictions list it or no permissions). One push is kept per (entity, source, timestamp): the same facts again answer 200 with `stored: false`, other facts 409. A stored push re-evaluates the entity in the background.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "entityRef",
                  "source",
                  "facts"
                ],
                "properties": {
                  "entityRef": {
                    "type": "string",
                    "maxLength": 400
                  },
                  "source": {
                    "type": "string",
                    "maxLength": 100
                  },
                  "timestamp": {
                    "type": "string",
                    "maxLength": 40,
                    "description": "When the facts were observed, ISO 8601 with a time zone; now when absent; at most 24 hours in the future"
                  },
                  "facts": {
                    "type": "object",
                    "additionalProperties": true,
                    "description": "Fact name to value, each of its declared type"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "$ref": "#/components/responses/PushFactsResponse"
          },
          "201": {
            "$ref": "#/components/responses/PushFactsResponse"
          },
          "400": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "404": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "409": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "413": {
            "$ref": "#/components/responses/ErrorResponse"
          },
          "429": {
            "description": "Too many pushes by this principal; retry after the header's seconds",
            "headers": {
              "Retry-After": {
                "schema": {
                  "type": "integer",
                  "minimum": 1
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
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
    "/campaigns": {
      "get": {
        "operationId": "ListCampaigns",
        "description": "Campaigns from app-config and the database with their headline progress, by target date. Archived campaigns only with state=archived.",
        "parameters": [
          {
            "name": "state",
            "in": "query",
            "schema": {
              "type": "string",
              "enum": [
                "draft",
                "active",
                "completed",
                "archived"
              ]
            }
          },
          {
            "name": "owner",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 400
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The campaigns",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/CampaignSummary"
                      }
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
      },
      "post": {
        "operationId": "CreateCampaign",
        "description": "Creates a campaign (needs maturity.campaign.manage). Bad input is 400 naming the field path (`targets[1].level: must be 1..5`); an id in use is 409. A scope matching no entity is allowed, with a warning.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CampaignInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The stored campaign and warnings about its scope",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CampaignWriteResult"
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
    "/campaigns/{id}": {
      "get": {
        "operationId": "GetCampaign",
        "parameters": [
          {
            "$ref": "#/components/parameters/campaignId"
          }
        ],
        "responses": {
          "200": {
            "description": "The campaign (archived ones too)",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "campaign"
                  ],
                  "properties": {
                    "campaign": {
                      "$ref": "#/components/schemas/Campaign"
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
      },
      "put": {
        "operationId": "UpdateCampaign",
        "description": "Replaces a campaign's fields (needs maturity.campaign.manage), keeping an audit entry with the fields before and after. 409 for a campaign from app-config or an archived one. `state` may also be `completed`; absent, it is kept.",
        "parameters": [
          {
            "$ref": "#/components/parameters/campaignId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CampaignInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated campaign and warnings about its scope",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CampaignWriteResult"
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
    "/campaigns/{id}/archive": {
      "post": {
        "operationId": "ArchiveCampaign",
        "description": "Archives a campaign (needs maturity.campaign.manage); it stays readable. 409 for a campaign from app-config.",
        "parameters": [
          {
            "$ref": "#/components/parameters/campaignId"
          }
        ],
        "responses": {
          "200": {
            "description": "The archived campaign",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "campaign"
                  ],
                  "properties": {
                    "campaign": {
                      "$ref": "#/components/schemas/Campaign"
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
    "/campaigns/{id}/audit": {
      "get": {
        "operationId": "GetCampaignAudit",
        "parameters": [
          {
            "$ref": "#/components/parameters/campaignId"
          }
        ],
        "responses": {
          "200": {
            "description": "The campaign's changes, oldest first",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "action",
                          "actor",
                          "at",
                          "changes"
                        ],
                        "properties": {
                          "action": {
                            "type": "string",
                            "enum": [
                              "create",
                              "update",
                              "archive"
                            ]
                          },
                          "actor": {
                            "type": "string"
                          },
                          "at": {
                            "type": "string"
                          },
                          "changes": {
                            "type": "object",
                            "additionalProperties": true
                          }
                        }
                      }
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
    "/campaigns/{id}/progress": {
      "get": {
        "operationId": "GetCampaignProgress",
        "description": "Derived from the levels now and the level history: entities in scope, how many meet every target, teams (nested) with their lag, a daily burn-up from the start date, the projected completion, whether the campaign is at risk, and one page of the entities with their remaining checks — those not meeting every target first, then the most remaining checks, then by ref. `inScope` and `meeting` count every entity in scope; `entityTotal` those matching `entityFilter`, `team` and `q`. Computed once per change of the stored levels; the page is an offset into that sorted snapshot.",
        "parameters": [
          {
            "$ref": "#/components/parameters/campaignId"
          },
          {
            "name": "entityOffset",
            "in": "query",
            "description": "The position of the first entity of the page (default 0).",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000000000
            }
          },
          {
            "name": "entityLimit",
            "in": "query",
            "description": "The entities of the page, 1 to 1000 (default 100).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000
            }
          },
          {
            "$ref": "#/components/parameters/campaignEntityFilter"
          },
          {
            "$ref": "#/components/parameters/campaignTeam"
          },
          {
            "$ref": "#/components/parameters/campaignEntitySearch"
          }
        ],
        "responses": {
          "200": {
            "description": "The campaign's progress with one page of entities",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CampaignProgress"
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
    "/campaigns/{id}/entities.csv": {
      "get": {
        "operationId": "GetCampaignEntitiesCsv",
        "description": "Every entity of the campaign matching `entityFilter`, `team` and `q`, in the order of the progress pages, as CSV (UTF-8 with a byte order mark, CRLF): entityRef, title, kind, owner, meets, per target `<domain> level` and `<domain> target`, remainingChecks (count), remainingCheckTitles and remainingCheckIds (`; `-separated).",
        "parameters": [
          {
            "$ref": "#/components/parameters/campaignId"
          },
          {
            "$ref": "#/components/parameters/campaignEntityFilter"
          },
          {
            "$ref": "#/components/parameters/campaignTeam"
          },
          {
            "$ref": "#/components/parameters/campaignEntitySearch"
          }
        ],
        "responses": {
          "200": {
            "description": "The entities as CSV",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
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
    "/entities/{kind}/{namespace}/{name}/campaigns": {
      "get": {
        "operationId": "GetEntityCampaigns",
        "description": "The active campaigns whose scope holds the entity, with what it still needs.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The entity's campaigns",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "campaign",
                          "meets",
                          "targets",
                          "remainingChecks",
                          "daysLeft"
                        ],
                        "properties": {
                          "campaign": {
                            "$ref": "#/components/schemas/Campaign"
                          },
                          "meets": {
                            "type": "boolean"
                          },
                          "targets": {
                            "type": "array",
                            "items": {
                              "$ref": "#/components/schemas/CampaignEntityTarget"
                            }
                          },
                          "remainingChecks": {
                            "type": "array",
                            "items": {
                              "$ref": "#/components/schemas/CampaignRemainingCheck"
                            }
                          },
                          "daysLeft": {
                            "type": "integer"
                          }
                        }
                      }
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
    "/groups/{namespace}/{name}/campaigns": {
      "get": {
        "operationId": "GetGroupCampaigns",
        "description": "Campaigns (not archived) whose scope includes entities owned by the group or its nested teams, with progress restricted to those entities.",
        "parameters": [
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The group's campaigns",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/CampaignSummary"
                      }
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
    "/reports/{kind}/{namespace}/{name}": {
      "get": {
        "operationId": "GetReport",
        "description": "A maturity report (evidence pack) generated now from the stored results: a system with every component, API and resource part of it, or a group with its nested teams and what they own. Levels per domain are the weakest entity's. JSON is the report document (MaturityReport); HTML is one self-contained printable page; Markdown is GitHub-flavoured.",
        "parameters": [
          {
            "name": "kind",
            "in": "path",
            "required": true,
            "description": "system or group",
            "schema": {
              "type": "string",
              "pattern": "^[A-Za-z][A-Za-z0-9-]*$",
              "maxLength": 63
            }
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
            "$ref": "#/components/parameters/reportFormat"
          },
          {
            "name": "domains",
            "in": "query",
            "allowReserved": true,
            "description": "Comma-separated domain ids to report (a CAICT part); all when absent",
            "schema": {
              "type": "string",
              "maxLength": 2000
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The report",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MaturityReport"
                }
              },
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "text/markdown": {
                "schema": {
                  "type": "string"
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
    "/reports": {
      "get": {
        "operationId": "ListReports",
        "description": "Saved reports, newest first; those of one scope when `scope` is given.",
        "parameters": [
          {
            "name": "scope",
            "in": "query",
            "allowReserved": true,
            "description": "Entity ref of the scope, e.g. system:default/online-payment-platform",
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 400
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Saved reports (without content)",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SavedReport"
                      }
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
      },
      "post": {
        "operationId": "SaveReport",
        "description": "Generates a report and saves it, frozen: the JSON document and its HTML and Markdown renderings as generated, each with the SHA-256 of the stored text. Needs maturity.report.create.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "scope"
                ],
                "properties": {
                  "scope": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 400,
                    "description": "A system or group ref"
                  },
                  "model": {
                    "type": "string",
                    "maxLength": 200
                  },
                  "domains": {
                    "type": "array",
                    "maxItems": 50,
                    "items": {
                      "type": "string",
                      "maxLength": 200
                    }
                  },
                  "lang": {
                    "type": "string",
                    "pattern": "^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$",
                    "maxLength": 35
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The saved report",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SavedReport"
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
    "/reports/saved/{id}": {
      "get": {
        "operationId": "GetSavedReport",
        "description": "A saved report exactly as stored (byte for byte what was hashed); the X-Content-SHA256 header carries the stored hash of the format served.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 36
            }
          },
          {
            "$ref": "#/components/parameters/reportFormat"
          }
        ],
        "responses": {
          "200": {
            "description": "The saved report",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MaturityReport"
                }
              },
              "text/html": {
                "schema": {
                  "type": "string"
                }
              },
              "text/markdown": {
                "schema": {
                  "type": "string"
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
      "campaignId": {
        "name": "id",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "pattern": "^[a-z0-9][a-z0-9-]{0,62}$"
        }
      },
      "campaignEntityFilter": {
        "name": "entityFilter",
        "in": "query",
        "description": "`all` (default), `behind` (not meeting every target) or `meeting`.",
        "schema": {
          "type": "string",
          "enum": [
            "all",
            "behind",
            "meeting"
          ]
        }
      },
      "campaignTeam": {
        "name": "team",
        "in": "query",
        "description": "A group ref: only entities owned by it or by a group nested under it.",
        "schema": {
          "type": "string",
          "maxLength": 300
        }
      },
      "campaignEntitySearch": {
        "name": "q",
        "in": "query",
        "description": "Case-insensitive search in the entity ref and title.",
        "schema": {
          "type": "string",
          "maxLength": 200
        }
      },
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
      },
      "reportFormat": {
        "name": "format",
        "in": "query",
        "description": "json (default), html or markdown",
        "schema": {
          "type": "string",
          "enum": [
            "json",
            "html",
            "markdown"
          ]
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
      },
      "PushFactsResponse": {
        "description": "201 when the push was stored, 200 when the same facts were stored for this entity, source and timestamp before",
        "content": {
          "application/json": {
            "schema": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "entityRef",
                "source",
                "timestamp",
                "stored"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "source": {
                  "type": "string"
                },
                "timestamp": {
                  "type": "string",
                  "format": "date-time"
                },
                "stored": {
                  "type": "boolean"
                }
              }
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
          },
          "staleEvidence": {
            "description": "The evidence sources that could not be read at the latest evaluation; absent when every source answered. Checks that kept an earlier result because of one carry `stale` (source, since, evidenceAt).",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EvidenceOutage"
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
          },
          "staleEvidence": {
            "description": "As in EntityScorecard.",
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EvidenceOutage"
            }
          }
        }
      },
      "EvidenceOutage": {
        "type": "object",
        "required": [
          "source",
          "since",
          "lastFailureAt",
          "message",
          "checks"
        ],
        "properties": {
          "source": {
            "type": "string",
            "description": "The evidence source, e.g. techInsights"
          },
          "since": {
            "type": "string",
            "description": "The first evaluation that found it down"
          },
          "lastFailureAt": {
            "type": "string",
            "description": "The latest evaluation that found it down"
          },
          "lastSuccessAt": {
            "type": "string",
            "description": "The last evaluation that read it; absent when unknown"
          },
          "message": {
            "type": "string"
          },
          "checks": {
            "type": "integer",
            "description": "The checks of the model that kept an earlier result because of it"
          }
        }
      },
      "StaleEvidenceSummary": {
        "type": "object",
        "required": [
          "modelId",
          "entities",
          "checks",
          "sources",
          "items"
        ],
        "properties": {
          "modelId": {
            "type": "string"
          },
          "entities": {
            "type": "integer"
          },
          "checks": {
            "type": "integer"
          },
          "sources": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "source",
                "entities",
                "checks",
                "since",
                "message"
              ],
              "properties": {
                "source": {
                  "type": "string"
                },
                "entities": {
                  "type": "integer"
                },
                "checks": {
                  "type": "integer"
                },
                "since": {
                  "type": "string"
                },
                "lastSuccessAt": {
                  "type": "string"
                },
                "message": {
                  "type": "string"
                }
              }
            }
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "outages"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "outages": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/EvidenceOutage"
                  }
                }
              }
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
          },
          "sourcesDown": {
            "description": "The evidence sources that could not be read during the run, for how many entities, with the first message; absent when all answered.",
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "source",
                "entities",
                "message"
              ],
              "properties": {
                "source": {
                  "type": "string"
                },
                "entities": {
                  "type": "integer"
                },
                "message": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "CampaignTarget": {
        "type": "object",
        "required": [
          "domain",
          "level"
        ],
        "properties": {
          "domain": {
            "type": "string",
            "description": "A domain id of the model",
            "or overall": null
          },
          "level": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          }
        }
      },
      "CampaignScope": {
        "type": "object",
        "properties": {
          "groups": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "filter": {
            "type": "object",
            "additionalProperties": true,
            "description": "An entity predicate, as a check's appliesTo"
          }
        }
      },
      "CampaignInput": {
        "type": "object",
        "description": "Validated by the backend (not by this schema) so that every problem is reported with its field path.",
        "additionalProperties": true,
        "properties": {
          "id": {
            "type": "string",
            "description": "POST only; [a-z0-9][a-z0-9-]{0,62}"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string",
            "description": "Markdown"
          },
          "owner": {
            "type": "string",
            "description": "A group or user entity ref"
          },
          "modelId": {
            "type": "string"
          },
          "targets": {
            "type": "array"
          },
          "scope": {
            "type": "object"
          },
          "startDate": {
            "type": "string",
            "description": "YYYY-MM-DD"
          },
          "targetDate": {
            "type": "string",
            "description": "YYYY-MM-DD",
            "after startDate": null
          },
          "state": {
            "type": "string"
          }
        }
      },
      "Campaign": {
        "type": "object",
        "required": [
          "id",
          "title",
          "owner",
          "modelId",
          "targets",
          "scope",
          "startDate",
          "targetDate",
          "state",
          "source",
          "createdAt",
          "updatedAt"
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
          "owner": {
            "type": "string"
          },
          "modelId": {
            "type": "string"
          },
          "targets": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CampaignTarget"
            }
          },
          "scope": {
            "$ref": "#/components/schemas/CampaignScope"
          },
          "startDate": {
            "type": "string"
          },
          "targetDate": {
            "type": "string"
          },
          "state": {
            "type": "string",
            "enum": [
              "draft",
              "active",
              "completed",
              "archived"
            ]
          },
          "source": {
            "type": "string",
            "enum": [
              "api",
              "config"
            ]
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedBy": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          }
        }
      },
      "CampaignSummary": {
        "allOf": [
          {
            "$ref": "#/components/schemas/Campaign"
          },
          {
            "type": "object",
            "required": [
              "progress"
            ],
            "properties": {
              "progress": {
                "type": "object",
                "required": [
                  "inScope",
                  "meeting",
                  "ratio",
                  "daysLeft",
                  "atRisk"
                ],
                "properties": {
                  "inScope": {
                    "type": "integer"
                  },
                  "meeting": {
                    "type": "integer"
                  },
                  "ratio": {
                    "type": "number"
                  },
                  "daysLeft": {
                    "type": "integer"
                  },
                  "atRisk": {
                    "type": "boolean"
                  },
                  "projectedDate": {
                    "type": "string"
                  }
                }
              }
            }
          }
        ]
      },
      "CampaignWriteResult": {
        "type": "object",
        "required": [
          "campaign",
          "warnings"
        ],
        "properties": {
          "campaign": {
            "$ref": "#/components/schemas/Campaign"
          },
          "warnings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "CampaignEntityTarget": {
        "type": "object",
        "required": [
          "domain",
          "target",
          "level",
          "meets"
        ],
        "properties": {
          "domain": {
            "type": "string"
          },
          "target": {
            "type": "integer"
          },
          "level": {
            "type": "integer",
            "description": "The current level",
            "0 when none": null
          },
          "meets": {
            "type": "boolean"
          }
        }
      },
      "CampaignRemainingCheck": {
        "type": "object",
        "required": [
          "checkId",
          "title",
          "domain",
          "level",
          "status"
        ],
        "properties": {
          "checkId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "domain": {
            "type": "string"
          },
          "level": {
            "type": "integer"
          },
          "status": {
            "type": "string"
          }
        }
      },
      "CampaignProgress": {
        "type": "object",
        "required": [
          "campaign",
          "generatedAt",
          "inScope",
          "meeting",
          "ratio",
          "daysLeft",
          "atRisk",
          "teams",
          "entities",
          "entityTotal",
          "entityOffset",
          "entityLimit",
          "burnup",
          "warnings"
        ],
        "properties": {
          "campaign": {
            "$ref": "#/components/schemas/Campaign"
          },
          "generatedAt": {
            "type": "string"
          },
          "inScope": {
            "type": "integer"
          },
          "meeting": {
            "type": "integer"
          },
          "ratio": {
            "type": "number"
          },
          "daysLeft": {
            "type": "integer"
          },
          "projectedDate": {
            "type": "string"
          },
          "atRisk": {
            "type": "boolean"
          },
          "teams": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "groupRef",
                "depth",
                "inScope",
                "meeting",
                "ratio",
                "lag"
              ],
              "properties": {
                "groupRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "parentRef": {
                  "type": "string"
                },
                "depth": {
                  "type": "integer"
                },
                "inScope": {
                  "type": "integer"
                },
                "meeting": {
                  "type": "integer"
                },
                "ratio": {
                  "type": "number"
                },
                "lag": {
                  "type": "integer"
                }
              }
            }
          },
          "entities": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "kind",
                "meets",
                "targets",
                "remainingChecks"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "kind": {
                  "type": "string"
                },
                "owner": {
                  "type": "string"
                },
                "meets": {
                  "type": "boolean"
                },
                "targets": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/CampaignEntityTarget"
                  }
                },
                "remainingChecks": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/CampaignRemainingCheck"
                  }
                }
              }
            }
          },
          "entityTotal": {
            "type": "integer",
            "description": "The entities matching entityFilter, team and q."
          },
          "entityOffset": {
            "type": "integer"
          },
          "entityLimit": {
            "type": "integer"
          },
          "burnup": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "date",
                "meeting",
                "inScope",
                "ideal"
              ],
              "properties": {
                "date": {
                  "type": "string"
                },
                "meeting": {
                  "type": "integer"
                },
                "inScope": {
                  "type": "integer"
                },
                "ideal": {
                  "type": "number"
                }
              }
            }
          },
          "warnings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "SavedReport": {
        "type": "object",
        "required": [
          "id",
          "scopeRef",
          "scopeKind",
          "modelId",
          "modelVersion",
          "language",
          "createdBy",
          "createdAt",
          "sha256",
          "size"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "scopeRef": {
            "type": "string"
          },
          "scopeKind": {
            "type": "string",
            "enum": [
              "system",
              "group"
            ]
          },
          "modelId": {
            "type": "string"
          },
          "modelVersion": {
            "type": "string"
          },
          "language": {
            "type": "string"
          },
          "domains": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "sha256": {
            "type": "string",
            "pattern": "^[0-9a-f]{64}$",
            "description": "SHA-256 of the stored JSON document"
          },
          "size": {
            "type": "integer",
            "description": "Bytes of the stored JSON document"
          }
        }
      },
      "ReportLevel": {
        "type": [
          "integer",
          "null"
        ],
        "minimum": 0,
        "maximum": 5
      },
      "ReportEvidence": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "annotations": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "key"
              ],
              "properties": {
                "key": {
                  "type": "string"
                },
                "value": {
                  "type": "string"
                }
              }
            }
          },
          "links": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "url"
              ],
              "properties": {
                "url": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                }
              }
            }
          },
          "facts": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "fact"
              ],
              "properties": {
                "fact": {
                  "type": "string"
                },
                "value": {},
                "recordedAt": {
                  "type": "string"
                }
              }
            }
          },
          "attestation": {
            "type": "object",
            "required": [
              "evidenceUrl",
              "author",
              "attestedAt",
              "expiresAt"
            ],
            "properties": {
              "evidenceUrl": {
                "type": "string"
              },
              "author": {
                "type": "string"
              },
              "attestedAt": {
                "type": "string"
              },
              "expiresAt": {
                "type": "string"
              },
              "comment": {
                "type": "string"
              },
              "inheritedFrom": {
                "type": "string"
              }
            }
          },
          "waiver": {
            "type": "object",
            "required": [
              "justification",
              "approver"
            ],
            "properties": {
              "justification": {
                "type": "string"
              },
              "approver": {
                "type": "string"
              },
              "expiresAt": {
                "type": "string"
              }
            }
          }
        }
      },
      "ReportDomainSummary": {
        "type": "object",
        "required": [
          "domainId",
          "title",
          "level",
          "score",
          "entityCount"
        ],
        "properties": {
          "domainId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "part": {
            "type": "string"
          },
          "level": {
            "$ref": "#/components/schemas/ReportLevel"
          },
          "score": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "entityCount": {
            "type": "integer"
          }
        }
      },
      "ReportEntity": {
        "type": "object",
        "required": [
          "entityRef",
          "kind",
          "level",
          "score"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "level": {
            "$ref": "#/components/schemas/ReportLevel"
          },
          "score": {
            "type": "number"
          },
          "evaluatedAt": {
            "type": "string"
          },
          "notEvaluated": {
            "type": "boolean"
          }
        }
      },
      "MaturityReport": {
        "type": "object",
        "description": "A maturity report (evidence pack), the source of every rendering. Levels are 0..5, null when nothing applies.",
        "required": [
          "schemaVersion",
          "cover",
          "summary",
          "entities",
          "domains",
          "appendix"
        ],
        "properties": {
          "schemaVersion": {
            "type": "integer",
            "const": 1
          },
          "cover": {
            "type": "object",
            "required": [
              "scope",
              "model",
              "language",
              "generatedAt",
              "generatedBy"
            ],
            "properties": {
              "scope": {
                "type": "object",
                "required": [
                  "kind",
                  "entityRef",
                  "entityCount"
                ],
                "properties": {
                  "kind": {
                    "type": "string",
                    "enum": [
                      "system",
                      "group"
                    ]
                  },
                  "entityRef": {
                    "type": "string"
                  },
                  "title": {
                    "type": "string"
                  },
                  "entityCount": {
                    "type": "integer"
                  }
                }
              },
              "model": {
                "type": "object",
                "required": [
                  "id",
                  "title",
                  "version"
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
                  }
                }
              },
              "language": {
                "type": "string"
              },
              "domainFilter": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "generatedAt": {
                "type": "string",
                "format": "date-time"
              },
              "generatedBy": {
                "type": "string"
              }
            }
          },
          "summary": {
            "type": "object",
            "required": [
              "level",
              "score",
              "domains"
            ],
            "properties": {
              "level": {
                "$ref": "#/components/schemas/ReportLevel"
              },
              "score": {
                "type": "number"
              },
              "domains": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ReportDomainSummary"
                }
              }
            }
          },
          "entities": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReportEntity"
            }
          },
          "domains": {
            "type": "array",
            "items": {
              "allOf": [
                {
                  "$ref": "#/components/schemas/ReportDomainSummary"
                },
                {
                  "type": "object",
                  "required": [
                    "weakestEntityRefs",
                    "history",
                    "capabilities"
                  ],
                  "properties": {
                    "description": {
                      "type": "string"
                    },
                    "weakestEntityRefs": {
                      "type": "array",
                      "items": {
                        "type": "string"
                      }
                    },
                    "nextLevel": {
                      "type": "object",
                      "required": [
                        "level",
                        "checks"
                      ],
                      "properties": {
                        "level": {
                          "type": "integer"
                        },
                        "checks": {
                          "type": "array",
                          "items": {
                            "type": "object",
                            "required": [
                              "checkId",
                              "title",
                              "entityRefs"
                            ],
                            "properties": {
                              "checkId": {
                                "type": "string"
                              },
                              "title": {
                                "type": "string"
                              },
                              "entityRefs": {
                                "type": "array",
                                "items": {
                                  "type": "string"
                                }
                              }
                            }
                          }
                        }
                      }
                    },
                    "history": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "at",
                          "level"
                        ],
                        "properties": {
                          "at": {
                            "type": "string"
                          },
                          "level": {
                            "$ref": "#/components/schemas/ReportLevel"
                          }
                        }
                      }
                    },
                    "capabilities": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "capabilityId",
                          "title",
                          "checks"
                        ],
                        "properties": {
                          "capabilityId": {
                            "type": "string"
                          },
                          "title": {
                            "type": "string"
                          },
                          "checks": {
                            "type": "array",
                            "items": {
                              "type": "object",
                              "required": [
                                "checkId",
                                "title",
                                "level",
                                "verification",
                                "facts",
                                "counts",
                                "results"
                              ],
                              "properties": {
                                "checkId": {
                                  "type": "string"
                                },
                                "title": {
                                  "type": "string"
                                },
                                "level": {
                                  "type": "integer"
                                },
                                "verification": {
                                  "type": "string",
                                  "enum": [
                                    "rule",
                                    "attestation"
                                  ]
                                },
                                "facts": {
                                  "type": "array",
                                  "items": {
                                    "type": "string"
                                  }
                                },
                                "counts": {
                                  "type": "object",
                                  "additionalProperties": {
                                    "type": "integer"
                                  }
                                },
                                "results": {
                                  "type": "array",
                                  "items": {
                                    "type": "object",
                                    "required": [
                                      "entityRef",
                                      "status",
                                      "message",
                                      "source",
                                      "evidence"
                                    ],
                                    "properties": {
                                      "entityRef": {
                                        "type": "string"
                                      },
                                      "status": {
                                        "type": "string",
                                        "enum": [
                                          "passed",
                                          "failed",
                                          "unknown",
                                          "waived",
                                          "not-applicable",
                                          "error"
                                        ]
                                      },
                                      "value": {},
                                      "message": {
                                        "type": "string"
                                      },
                                      "source": {
                                        "type": "string"
                                      },
                                      "updatedAt": {
                                        "type": "string"
                                      },
                                      "evidence": {
                                        "$ref": "#/components/schemas/ReportEvidence"
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              ]
            }
          },
          "appendix": {
            "type": "object",
            "required": [
              "levels",
              "notes"
            ],
            "properties": {
              "levels": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "level",
                    "title"
                  ],
                  "properties": {
                    "level": {
                      "type": "integer"
                    },
                    "title": {
                      "type": "string"
                    },
                    "description": {
                      "type": "string"
                    }
                  }
                }
              },
              "notes": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    }
  }
} as const;
