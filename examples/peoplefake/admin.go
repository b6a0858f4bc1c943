// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// AdminPrefix is the path prefix of the admin API, beside the People API's
// /v1/ (see README.md): control of the fake from outside Go.
const AdminPrefix = "/peoplefake/admin/"

// WithoutAdmin turns the admin API off: its paths answer 404 as any other
// unknown URL.
func WithoutAdmin() Option {
	return optionFunc(func(c *config) { c.noAdmin = true })
}

// adminState is the admin API's: whether it is on and the request ring.
type adminState struct {
	off  bool
	mu   sync.Mutex
	ring []LoggedRequest
	next int  // where the next request goes
	full bool // the ring has wrapped
}

// installAdmin applies the admin options. Open calls it.
func (s *Server) installAdmin(c *config) {
	s.admin.off = c.noAdmin
	n := c.requestLog
	if n < 0 {
		n = DefaultRequestLog
	}
	s.admin.ring = make([]LoggedRequest, n)
}

// adminHandlers are the admin API's endpoints by path below AdminPrefix, then
// HTTP method.
var adminHandlers = map[string]map[string]func(*Server, *http.Request) (any, error){
	"reset":    {http.MethodPost: (*Server).adminReset},
	"load":     {http.MethodPost: (*Server).adminLoad},
	"export":   {http.MethodGet: (*Server).adminExport},
	"inject":   {http.MethodPost: (*Server).adminInject},
	"clock":    {http.MethodGet: (*Server).adminClock, http.MethodPost: (*Server).adminSetClock},
	"requests": {http.MethodGet: (*Server).adminRequests, http.MethodDelete: (*Server).adminClearRequests},
}

// serveAdmin serves a request of the admin API and reports whether r was
// one. Its answers honour fields as the API's do.
func (s *Server) serveAdmin(w http.ResponseWriter, r *http.Request) bool {
	rest, ok := strings.CutPrefix(r.URL.Path, AdminPrefix)
	if !ok || s.admin.off {
		return false
	}
	verbs := adminHandlers[rest]
	if verbs == nil {
		writeError(w, true, routeNotFound(r.URL.Path))
		return true
	}
	h := verbs[r.Method]
	if h == nil {
		var allow []string
		for v := range verbs {
			allow = append(allow, v)
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, true, methodNotAllowed(r.Method))
		return true
	}
	sel, err := parseFields(r.URL.Query()["fields"]) // fields.go
	if err != nil {
		writeError(w, true, err)
		return true
	}
	v, err := h(s, r)
	if err != nil {
		writeError(w, true, err)
		return true
	}
	b, ok := v.([]byte)
	if !ok {
		b = mustJSON(v)
	}
	writeJSON(w, true, http.StatusOK, sel.filter(b))
	return true
}

// adminUser returns the user parameter of an admin request (default
// DefaultUser).
func adminUser(r *http.Request) string {
	if u := r.URL.Query().Get("user"); u != "" {
		return u
	}
	return DefaultUser
}

// adminBody reads an admin request's body (at most 64 MiB).
func adminBody(r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r.Body, 64<<20))
	if err != nil {
		return nil, invalidArgument("Cannot read the request body.")
	}
	return b, nil
}

// adminDone is the answer of an admin call with nothing to say.
type adminDone struct{}

// adminReset serves POST reset[?user=U]: without user, everything (every
// user's contacts, groups, photos and profile, the directory, pending
// injections, the request log); with one, that user's.
func (s *Server) adminReset(r *http.Request) (any, error) {
	if r.URL.Query().Has("user") {
		s.ResetUser(adminUser(r))
	} else {
		s.Reset()
	}
	return adminDone{}, nil
}

// adminLoad serves POST load[?user=U]: the body is a seed document (see
// [ParseSeed]) loaded as [Server.Load] does.
func (s *Server) adminLoad(r *http.Request) (any, error) {
	b, err := adminBody(r)
	if err != nil {
		return nil, err
	}
	sd, err := ParseSeed(b)
	if err != nil {
		return nil, invalidArgument(err.Error())
	}
	if err := s.Load(adminUser(r), sd); err != nil {
		return nil, invalidArgument(err.Error())
	}
	return adminDone{}, nil
}

// adminExport serves GET export[?user=U]: [Server.Export] as a seed document.
func (s *Server) adminExport(r *http.Request) (any, error) {
	b, err := MarshalSeed(s.Export(adminUser(r)))
	if err != nil {
		return nil, internalError()
	}
	return b, nil
}

// adminInject serves POST inject with a body {"method": "people.createContact",
// "status": "UNAVAILABLE", "message": "...", "count": 1}: [Server.InjectError]
// (count 0 clears the method's queue; absent means 1).
func (s *Server) adminInject(r *http.Request) (any, error) {
	b, err := adminBody(r)
	if err != nil {
		return nil, err
	}
	var in struct {
		Method  Method `json:"method"`
		Status  string `json:"status"`
		Message string `json:"message"`
		Count   *int   `json:"count"`
	}
	if err := strictJSON(b, &in); err != nil {
		return nil, err
	}
	n := 1
	if in.Count != nil {
		n = *in.Count
	}
	if n > 0 {
		if err := checkInjection(in.Method, in.Status); err != nil {
			return nil, invalidArgument(err.Error())
		}
	}
	s.InjectError(in.Method, in.Status, in.Message, n)
	return adminDone{}, nil
}

// strictJSON decodes an admin body into v, rejecting unknown members.
func strictJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return invalidArgumentf("Invalid JSON payload received. %v", err)
	}
	return nil
}

// adminClockState is the answer of the clock endpoints.
type adminClockState struct {
	Now string `json:"now"`
}

// adminClock serves GET clock: the fake's time.
func (s *Server) adminClock(*http.Request) (any, error) {
	return adminClockState{s.Now().UTC().Format(time.RFC3339Nano)}, nil
}

// adminSetClock serves POST clock with a body {"now": "<RFC 3339>"} (stop the
// clock there, [Server.SetNow]) and/or {"advance": "<Go duration>"} (move it,
// [Server.Advance]); it answers the new time.
func (s *Server) adminSetClock(r *http.Request) (any, error) {
	b, err := adminBody(r)
	if err != nil {
		return nil, err
	}
	var in struct {
		Now     string `json:"now"`
		Advance string `json:"advance"`
	}
	if err := strictJSON(b, &in); err != nil {
		return nil, err
	}
	if in.Now == "" && in.Advance == "" {
		return nil, invalidArgument(`Give "now" (RFC 3339) or "advance" (a Go duration such as "168h").`)
	}
	var d time.Duration
	if in.Advance != "" {
		if d, err = time.ParseDuration(in.Advance); err != nil {
			return nil, invalidArgumentf("Invalid advance %q: %v", in.Advance, err)
		}
	}
	if in.Now != "" {
		t, err := time.Parse(time.RFC3339Nano, in.Now)
		if err != nil {
			return nil, invalidArgumentf("Invalid now %q: want RFC 3339.", in.Now)
		}
		s.SetNow(t)
	}
	if d != 0 {
		s.Advance(d)
	}
	return s.adminClock(r)
}

// adminRequests serves GET requests: {"requests": [<LoggedRequest>, ...]},
// oldest first.
func (s *Server) adminRequests(*http.Request) (any, error) {
	return struct {
		Requests []LoggedRequest `json:"requests"`
	}{append([]LoggedRequest{}, s.Requests()...)}, nil
}

// adminClearRequests serves DELETE requests.
func (s *Server) adminClearRequests(*http.Request) (any, error) {
	s.ClearRequests()
	return adminDone{}, nil
}

// knownMethod reports whether m is one of the Method constants: a method of
// a route.
func knownMethod(m Method) bool {
	for _, rt := range allRoutes {
		if rt.method == m {
			return true
		}
	}
	return false
}

// allRoutes are the routes of every method of the discovery document.
var allRoutes = []*route{routeGet, routeBatchGet, routeCreate, routeUpdate, routeBatchUpdate, routeDelete, routeConnections,
	routeListGroups, routeCreateGroup, routeBatchGetGroups, routeGetGroup, routeUpdateGroup, routeDeleteGroup, routeModifyMembers,
	routeBatchCreate, routeBatchDelete, routeUpdatePhoto, routeDeletePhoto, routeSearchContacts, routeListDirectory,
	routeSearchDirectory, routeListOther, routeSearchOther, routeCopyOther}

// CheckInjection reports what [Server.InjectError] and [WithErrorInjection]
// would panic on: a method that is not one of the Method constants, or a
// status that is not a google.rpc.Code name other than OK.
func CheckInjection(m Method, status string) error { return checkInjection(m, status) }
