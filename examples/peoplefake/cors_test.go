// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake_test

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/peopleupdate/peopleupdate/examples/peoplefake"
)

// corsHeaders are the headers a CORS test looks at.
var corsHeaders = []string{"Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods",
	"Access-Control-Allow-Headers", "Access-Control-Max-Age", "Access-Control-Expose-Headers", "Vary"}

// pick returns the values of the CORS headers of h, by name.
func pick(h http.Header) map[string]string {
	out := map[string]string{}
	for _, k := range corsHeaders {
		if v := h.Get(k); v != "" {
			out[k] = v
		}
	}
	return out
}

func TestCORS(t *testing.T) {
	const origin = "http://localhost:3000"
	preflight := map[string]string{"Origin": origin, "Access-Control-Request-Method": "PATCH",
		"Access-Control-Request-Headers": "authorization,content-type,x-goog-api-client"}
	tests := []struct {
		name      string
		opts      []peoplefake.Option
		method    string
		target    string
		header    map[string]string
		wantCode  int
		wantCORS  map[string]string
		wantEmpty bool // no body
	}{
		{name: "preflight", method: "OPTIONS", target: "v1/" + sampleName + ":updateContact", header: preflight,
			wantCode: 200, wantEmpty: true, wantCORS: map[string]string{
				"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true",
				"Access-Control-Allow-Methods": "DELETE,GET,HEAD,PATCH,POST,PUT",
				"Access-Control-Allow-Headers": "authorization,content-type,x-goog-api-client",
				"Access-Control-Max-Age":       "3600", "Vary": "Origin"}},
		{name: "preflight of an unknown path", method: "OPTIONS", target: "nowhere", header: preflight,
			wantCode: 200, wantEmpty: true, wantCORS: map[string]string{
				"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true",
				"Access-Control-Allow-Methods": "DELETE,GET,HEAD,PATCH,POST,PUT",
				"Access-Control-Allow-Headers": "authorization,content-type,x-goog-api-client",
				"Access-Control-Max-Age":       "3600", "Vary": "Origin"}},
		{name: "simple request", method: "GET", target: "v1/" + sampleName + "?personFields=names", header: map[string]string{"Origin": origin},
			wantCode: 200, wantCORS: map[string]string{
				"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true",
				"Access-Control-Expose-Headers": "Content-Length,Content-Type,Date,Server,WWW-Authenticate,X-Content-Type-Options",
				"Vary":                          "Origin"}},
		{name: "error answer", method: "GET", target: "v1/" + sampleName, header: map[string]string{"Origin": origin},
			wantCode: 400, wantCORS: map[string]string{
				"Access-Control-Allow-Origin": origin, "Access-Control-Allow-Credentials": "true",
				"Access-Control-Expose-Headers": "Content-Length,Content-Type,Date,Server,WWW-Authenticate,X-Content-Type-Options",
				"Vary":                          "Origin"}},
		{name: "no origin", method: "GET", target: "v1/" + sampleName + "?personFields=names",
			wantCode: 200, wantCORS: map[string]string{}},
		{name: "OPTIONS without a preflight", method: "OPTIONS", target: "v1/" + sampleName,
			wantCode: 405, wantCORS: map[string]string{}},
		{name: "off", opts: []peoplefake.Option{peoplefake.WithoutCORS()}, method: "OPTIONS", target: "v1/" + sampleName, header: preflight,
			wantCode: 405, wantCORS: map[string]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv, _ := newFake(t, tt.opts...)
			c := &http.Client{Transport: srv.Transport("")}
			resp := doHeader(t, c, tt.method, peoplefake.InProcessURL+tt.target, "", tt.header)
			if resp.code != tt.wantCode || (tt.wantEmpty && len(resp.body) != 0) {
				t.Errorf("%s %s: %d %s, want %d", tt.method, tt.target, resp.code, resp.body, tt.wantCode)
			}
			if diff := cmp.Diff(tt.wantCORS, pick(resp.hdr)); diff != "" {
				t.Errorf("CORS headers mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
