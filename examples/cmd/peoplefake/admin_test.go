// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"syscall"
	"testing"
	"time"
)

// scenarioSeed is the seed the scenario loads through the admin API.
const scenarioSeed = `{"contacts": [{"names": [{"givenName": "Ada", "familyName": "Lovelace"}]}],
 "profile": {"resourceName": "people/4242", "metadata": {"sources": [{"type": "PROFILE", "id": "4242"}]},
   "names": [{"metadata": {"source": {"type": "PROFILE", "id": "4242"}}, "givenName": "Operator"}]}}`

// TestCommandAdminScenario builds and starts the command, then drives it only
// through HTTP: admin load → create, update, delete through the People API →
// admin export shows the change → admin inject → the next call fails with it
// → admin reset.
func TestCommandAdminScenario(t *testing.T) {
	bin := buildCommand(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c := startCommand(ctx, t, bin, "-quiet", "-seed", writeFile(t, `{}`))
	cmd, stderr := c.cmd, c.stderr
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGINT)
		if err := cmd.Wait(); err != nil {
			t.Errorf("command exit: %v; stderr:\n%s", err, stderr)
		}
	}()
	base := c.url
	call := func(method, path, body string, wantCode int) map[string]any {
		t.Helper()
		req, err := http.NewRequestWithContext(ctx, method, base+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != wantCode {
			t.Fatalf("%s %s: HTTP %d, want %d:\n%s", method, path, resp.StatusCode, wantCode, b)
		}
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s %s: not JSON: %v\n%s", method, path, err, b)
		}
		return v
	}
	export := func() string {
		t.Helper()
		b, err := json.Marshal(call("GET", "/peoplefake/admin/export", "", 200))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}

	call("POST", "/peoplefake/admin/load", scenarioSeed, 200)
	me := call("GET", "/v1/people/me?personFields=names", "", 200)
	if me["resourceName"] != "people/4242" {
		t.Errorf("people/me = %v, want the loaded profile", me)
	}
	created := call("POST", "/v1/people:createContact", `{"names": [{"givenName": "Grace", "familyName": "Hopper"}]}`, 200)
	name, _ := created["resourceName"].(string)
	etag, _ := created["etag"].(string)
	call("PATCH", "/v1/"+name+":updateContact?updatePersonFields=biographies",
		`{"etag": "`+etag+`", "biographies": [{"value": "admiral"}]}`, 200)
	list := call("GET", "/v1/people/me/connections?personFields=names&fields=connections/resourceName", "", 200)
	conns, _ := list["connections"].([]any)
	var ada string
	for _, c := range conns {
		if n := c.(map[string]any)["resourceName"].(string); n != name {
			ada = n
		}
	}
	if len(conns) != 2 || ada == "" {
		t.Fatalf("connections %v, want Ada and Grace", conns)
	}
	call("DELETE", "/v1/"+ada+":deleteContact", "", 200)
	got := export()
	for _, want := range []string{name, "admiral", "people/4242"} {
		if !strings.Contains(got, want) {
			t.Errorf("export lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, ada) || strings.Contains(got, "Lovelace") {
		t.Errorf("export still holds the deleted %s:\n%s", ada, got)
	}

	call("POST", "/peoplefake/admin/inject", `{"method": "people.get", "status": "RESOURCE_EXHAUSTED", "message": "slow down"}`, 200)
	e := call("GET", "/v1/"+name+"?personFields=names", "", 429)
	if env, _ := e["error"].(map[string]any); env["status"] != "RESOURCE_EXHAUSTED" || env["message"] != "slow down" {
		t.Errorf("injected error %v", e)
	}
	call("GET", "/v1/"+name+"?personFields=names", "", 200)
	reqs := call("GET", "/peoplefake/admin/requests", "", 200)
	if rs, _ := reqs["requests"].([]any); len(rs) != 7 {
		t.Errorf("%d requests logged, want 7: %v", len(rs), reqs)
	}

	call("POST", "/peoplefake/admin/reset", "", 200)
	call("GET", "/v1/"+name+"?personFields=names", "", 404)
	if got := export(); got != `{"people":null}` && got != `{"people":[]}` {
		t.Errorf("export after reset: %s", got)
	}
}

// TestRunControlFlags serves the flags of control.go and rejects bad values.
func TestRunControlFlags(t *testing.T) {
	url, _, stop := startRun(t, "-addr", "127.0.0.1:0", "-quiet", "-no-admin", "-phone", "builtin",
		"-now", "2030-01-01T00:00:00Z", "-inject", "people.get=UNAVAILABLE:2", "-request-log", "0")
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("run: %v", err)
		}
	}()
	for i, want := range []int{503, 503, 200} {
		resp, err := http.Get(url + "/v1/people/me?personFields=names")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("get %d: HTTP %d, want %d", i, resp.StatusCode, want)
		}
	}
	resp, err := http.Post(url+"/peoplefake/admin/reset", "application/json", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("admin with -no-admin: HTTP %d, want 404", resp.StatusCode)
	}

	for _, tt := range []struct{ args []string }{
		{[]string{"-phone", "fancy"}},
		{[]string{"-now", "tomorrow"}},
		{[]string{"-inject", "people.get"}},
		{[]string{"-inject", "people.get=SLOW"}},
		{[]string{"-inject", "people.nope=UNAVAILABLE"}},
		{[]string{"-inject", "people.get=UNAVAILABLE:zero"}},
	} {
		var stdout, stderr strings.Builder
		if err := run(context.Background(), tt.args, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), tt.args[0]) {
			t.Errorf("%v: run error %v, want one naming the flag", tt.args, err)
		}
	}
}

// TestRunSeedGroups names a seeded member's group from the seed file's
// contactGroups.
func TestRunSeedGroups(t *testing.T) {
	url, _, stop := startRun(t, "-addr", "127.0.0.1:0", "-quiet", "-seed", writeFile(t,
		`{"contacts": [{"names": [{"givenName": "Ada"}], "memberships": [{"contactGroupMembership": {"contactGroupResourceName": "contactGroups/abc"}}]}],
		  "contactGroups": [{"resourceName": "contactGroups/abc", "name": "Engines"}]}`))
	defer func() {
		if err := stop(); err != nil {
			t.Errorf("run: %v", err)
		}
	}()
	resp, err := http.Get(url + "/v1/contactGroups/abc?prettyPrint=false&fields=name,memberCount")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if string(b) != `{"name":"Engines","memberCount":1}` {
		t.Errorf("HTTP %d %s", resp.StatusCode, b)
	}
}
