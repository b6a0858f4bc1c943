// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"encoding/json"
	"os"
	"regexp"
	"strings"
	"testing"
)

// discoveryPath is the People API discovery document the core module keeps.
const discoveryPath = "../../person/testdata/people-v1-discovery.json"

// discoveryMethod is a method of the discovery document.
type discoveryMethod struct {
	ID         string `json:"id"`
	HTTPMethod string `json:"httpMethod"`
	FlatPath   string `json:"flatPath"`
}

// discoveryResource is a resource of the discovery document.
type discoveryResource struct {
	Methods   map[string]discoveryMethod   `json:"methods"`
	Resources map[string]discoveryResource `json:"resources"`
}

// discoveryMethods returns every method under r.
func discoveryMethods(r discoveryResource) []discoveryMethod {
	var out []discoveryMethod
	for _, m := range r.Methods {
		out = append(out, m)
	}
	for _, sub := range r.Resources {
		out = append(out, discoveryMethods(sub)...)
	}
	return out
}

// pathParam is a path parameter of a flatPath.
var pathParam = regexp.MustCompile(`\{[^}]+\}`)

// TestEveryDiscoveryMethodRouted sends every method of the discovery document
// to its path with its HTTP method: none may answer 501, 405 or the 404 of a
// URL the fake does not know. (Its answer may be any other error: the request
// carries no parameters or body.)
func TestEveryDiscoveryMethodRouted(t *testing.T) {
	raw, err := os.ReadFile(discoveryPath)
	if err != nil {
		t.Fatal(err)
	}
	var doc discoveryResource
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	methods := discoveryMethods(doc)
	if len(methods) != 24 {
		t.Errorf("discovery: %d methods, want 24", len(methods))
	}
	srv, _ := newFake(t)
	for _, m := range methods {
		t.Run(m.ID, func(t *testing.T) {
			target := "/" + pathParam.ReplaceAllStringFunc(m.FlatPath, func(p string) string {
				if p == "{peopleId}" && strings.HasSuffix(m.FlatPath, "/connections") {
					return "me"
				}
				return "c1"
			})
			body := ""
			if m.HTTPMethod != "GET" && m.HTTPMethod != "DELETE" {
				body = "{}"
			}
			got := do(t, srv, m.HTTPMethod, target, body)
			switch {
			case got.code == 501 || got.code == 405:
				t.Errorf("%s %s: HTTP %d\n%s", m.HTTPMethod, target, got.code, got.body)
			case got.code == 404 && strings.Contains(string(got.body), "was not found on this server"):
				t.Errorf("%s %s: no route\n%s", m.HTTPMethod, target, got.body)
			}
		})
	}
}
