#!/usr/bin/env python3
"""Writes quote.json: an API Gateway REST (v1) proxy event for POST /orders/quote with a 2,000-line order.

Deterministic (fixed seed); SKUs are drawn from the handler's generated catalogue (SKU-00000 .. SKU-19999).
Run from this directory: python3 generate-quote-event.py > quote.json
"""
import json
import random

LINES = 2000
CATALOGUE_SIZE = 20000
rng = random.Random(20261024)


def quantity():
    bucket = rng.random()
    if bucket < 0.80:
        return rng.randint(1, 12)
    if bucket < 0.97:
        return rng.randint(10, 60)
    return rng.randint(200, 400)


order = {
    "orderId": "ORD-2026-10-004711",
    "currency": "EUR",
    "customer": {"id": "C-104233", "tier": "GOLD", "country": "DE"},
    "couponCodes": ["WELCOME3", "SPRING10"],
    "lines": [{"sku": "SKU-%05d" % i, "quantity": quantity()} for i in rng.sample(range(CATALOGUE_SIZE), LINES)],
}
body = json.dumps(order, separators=(",", ":"))

host = "k7x2q9d4mb.execute-api.eu-central-1.amazonaws.com"
user_agent = "orders-web/3.14.2 (checkout; +https://shop.example.com)"
trace = "Root=1-6adc76df-5b1e6c0d2a7f4e9b8c3d1a20"
headers = {
    "Accept": "application/json",
    "Accept-Encoding": "gzip, deflate, br",
    "Authorization": "Bearer eyJraWQiOiJleGFtcGxlIiwiYWxnIjoiUlMyNTYifQ.e30.c2lnbmF0dXJl",
    "CloudFront-Forwarded-Proto": "https",
    "CloudFront-Is-Desktop-Viewer": "true",
    "CloudFront-Is-Mobile-Viewer": "false",
    "CloudFront-Is-SmartTV-Viewer": "false",
    "CloudFront-Is-Tablet-Viewer": "false",
    "CloudFront-Viewer-ASN": "3320",
    "CloudFront-Viewer-Country": "DE",
    "Content-Type": "application/json",
    "Host": host,
    "Idempotency-Key": "5f0c7a52-93a1-4d7e-b3a8-2f61c0e9d4b7",
    "User-Agent": user_agent,
    "Via": "2.0 8a1f3c2b7d9e4f6a0b5c1d2e3f4a5b6c.cloudfront.net (CloudFront)",
    "X-Amz-Cf-Id": "Zq3w9xY1pK8vR2tL6mN0bC4dF7gH5jS3aE1uI9oP2lQ8kW6zX0yV4A==",
    "X-Amzn-Trace-Id": trace,
    "X-Forwarded-For": "203.0.113.24, 130.176.98.143",
    "X-Forwarded-Port": "443",
    "X-Forwarded-Proto": "https",
}
event = {
    "resource": "/orders/quote",
    "path": "/orders/quote",
    "httpMethod": "POST",
    "headers": headers,
    "multiValueHeaders": {name: [value] for name, value in headers.items()},
    "queryStringParameters": {"locale": "de-DE"},
    "multiValueQueryStringParameters": {"locale": ["de-DE"]},
    "pathParameters": None,
    "stageVariables": None,
    "requestContext": {
        "resourceId": "q8v3tk",
        "resourcePath": "/orders/quote",
        "httpMethod": "POST",
        "extendedRequestId": "Ab3dEF7gFiAEXmQ=",
        "requestTime": "24/Oct/2026:09:14:07 +0000",
        "path": "/prod/orders/quote",
        "accountId": "123456789012",
        "protocol": "HTTP/1.1",
        "stage": "prod",
        "domainPrefix": "k7x2q9d4mb",
        "requestTimeEpoch": 1792833247512,
        "requestId": "8d0c5f3e-1b7a-4c29-9e64-3fa2b1c7d8e0",
        "identity": {
            "cognitoIdentityPoolId": None,
            "accountId": None,
            "cognitoIdentityId": None,
            "caller": None,
            "sourceIp": "203.0.113.24",
            "principalOrgId": None,
            "accessKey": None,
            "cognitoAuthenticationType": None,
            "cognitoAuthenticationProvider": None,
            "userArn": None,
            "userAgent": user_agent,
            "user": None,
        },
        "domainName": host,
        "deploymentId": "w1x5yz",
        "apiId": "k7x2q9d4mb",
    },
    "body": body,
    "isBase64Encoded": False,
}
print(json.dumps(event, indent=2))
