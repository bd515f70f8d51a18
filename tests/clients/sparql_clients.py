"""Runs SPARQL queries through two Python clients against a SPARQL 1.1 Protocol endpoint:
SPARQLWrapper (POST, SPARQL JSON results) and rdflib's SPARQLStore (SPARQL XML results).

usage: sparql_clients.py ENDPOINT QUERIES.json
QUERIES.json maps a name to a query text. Prints one JSON object: for each name, the variables and
the rows (values as strings, "" when unbound) each client got, in the order received.
"""

import json
import sys

from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, SPARQLWrapper


def with_sparqlwrapper(endpoint, text):
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery(text)
    client.setReturnFormat(JSON)
    result = client.query().convert()
    names = result["head"]["vars"]
    rows = [[b.get(v, {}).get("value", "") for v in names] for b in result["results"]["bindings"]]
    return names, rows


def with_rdflib(endpoint, text):
    graph = Graph(store=SPARQLStore(endpoint, returnFormat="xml"))
    result = graph.query(text)
    names = [str(v) for v in result.vars]
    rows = [["" if value is None else str(value) for value in row] for row in result]
    return names, rows


def main():
    endpoint, queries = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
    out = {}
    for name, text in sorted(queries.items()):
        names, rows = with_sparqlwrapper(endpoint, text)
        rdflib_names, rdflib_rows = with_rdflib(endpoint, text)
        out[name] = {
            "vars": names,
            "sparqlwrapper": rows,
            "rdflib_vars": rdflib_names,
            "rdflib": rdflib_rows,
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
