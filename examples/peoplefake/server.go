// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/peopleupdate/peopleupdate"
	"github.com/peopleupdate/peopleupdate/apierror"
)

// Method names a People API method the fake serves, by its id in the API's
// discovery document (without the leading "people.").
type Method string

// The methods the fake serves.
const (
	MethodGet                 Method = "people.get"                 // GET /v1/people/{id}
	MethodGetBatchGet         Method = "people.getBatchGet"         // GET /v1/people:batchGet
	MethodCreateContact       Method = "people.createContact"       // POST /v1/people:createContact
	MethodUpdateContact       Method = "people.updateContact"       // PATCH /v1/people/{id}:updateContact
	MethodBatchUpdateContacts Method = "people.batchUpdateContacts" // POST /v1/people:batchUpdateContacts
	MethodDeleteContact       Method = "people.deleteContact"       // DELETE /v1/people/{id}:deleteContact
	MethodListConnections     Method = "people.connections.list"    // GET /v1/people/me/connections
)

// Server is the fake: an [http.Handler] serving the People API v1 REST surface
// over an in-memory store with one set of contacts per user, kept in a data
// directory too with [WithDataDir]. It is safe for concurrent use: each
// user's mutations are serialised under that user's lock (users do not wait
// on each other), and every value going in or out is a copy.
type Server struct {
	opts      peopleupdate.Options // the clock and the phone rules, for every method
	bodyLimit int64
	auth      bool
	tokens    map[string]grant
	noCORS    bool // WithoutCORS (cors.go)

	mu    sync.RWMutex          // guards users, the map only: each store has its own lock
	users map[string]*userStore // by user
	ids   idSeq                 // ids of new contacts and groups, for every user (store.go)

	data    *dataStore // the data directory (persist.go), or nil
	bulk    bool       // New is seeding: commits wait for the end of New
	resumed bool       // the state came from the data directory

	// hookLocked, when a test sets it, runs each time [Server.write] has
	// taken a user's lock, before the write: a test holds one user's lock
	// with it.
	hookLocked func(user string)

	injMu    sync.Mutex
	injected map[Method][]*injection

	clock  *clock       // clock.go
	caller callerState  // me.go: the directory, under its own lock
	admin  adminState   // admin.go
	search searchConfig // search.go
}

// route is one method of the URL space.
type route struct {
	method   Method
	verb     string   // HTTP method
	mutates  bool     // needs the contacts (not contacts.readonly) scope
	params   []string // query parameters besides the system ones, lowerCamelCase
	handle   func(*Server, *call) ([]byte, error)
	pathName bool // the URL names a person: call.name is set
}

var (
	routeGet = &route{MethodGet, http.MethodGet, false,
		[]string{"personFields", "requestMask.includeField", "sources"}, (*Server).get, true}
	routeBatchGet = &route{MethodGetBatchGet, http.MethodGet, false,
		[]string{"personFields", "requestMask.includeField", "resourceNames", "sources"}, (*Server).batchGet, false}
	routeCreate = &route{MethodCreateContact, http.MethodPost, true,
		[]string{"personFields", "sources"}, (*Server).createContact, false}
	routeUpdate = &route{MethodUpdateContact, http.MethodPatch, true,
		[]string{"updatePersonFields", "personFields", "sources"}, (*Server).updateContact, true}
	routeBatchUpdate = &route{MethodBatchUpdateContacts, http.MethodPost, true,
		nil, (*Server).batchUpdateContacts, false}
	routeDelete = &route{MethodDeleteContact, http.MethodDelete, true,
		nil, (*Server).deleteContact, true}
	routeConnections = &route{MethodListConnections, http.MethodGet, false,
		[]string{"pageSize", "pageToken", "personFields", "requestMask.includeField", "requestSyncToken", "sortOrder", "sources", "syncToken"},
		(*Server).listConnections, true}
)

// match returns the route of a URL path and the resource name it holds, or nil
// when no method lives there.
func match(path string) (*route, string) {
	rest, ok := strings.CutPrefix(path, "/v1/")
	if !ok {
		return nil, ""
	}
	if rt, name, ok := matchMore(rest); ok { // routes.go
		return rt, name
	}
	switch rest {
	case "people:batchGet":
		return routeBatchGet, ""
	case "people:createContact":
		return routeCreate, ""
	case "people:batchUpdateContacts":
		return routeBatchUpdate, ""
	}
	id, ok := strings.CutPrefix(rest, "people/")
	if !ok {
		return nil, ""
	}
	if id, sub, ok := strings.Cut(id, "/"); ok {
		if sub != "connections" || id == "" || strings.Contains(id, ":") {
			return nil, ""
		}
		return routeConnections, "people/" + id
	}
	if i := strings.LastIndexByte(id, ':'); i >= 0 {
		// The verb's path names the person, whatever the id: an empty one
		// (people/:updateContact) is the library's to answer, with the 400
		// of SPEC §1, as every other name it rejects.
		id, verb := id[:i], id[i+1:]
		switch verb {
		case "updateContact":
			return routeUpdate, "people/" + id
		case "deleteContact":
			return routeDelete, "people/" + id
		}
		return nil, ""
	}
	if id == "" {
		return nil, ""
	}
	return routeGet, "people/" + id
}

// call is one request on its way through the fake.
type call struct {
	r      *http.Request
	w      http.ResponseWriter // for the methods that stream their answer
	route  *route
	name   string // resource name from the URL path
	user   string
	params url.Values // by lowerCamelCase name
	pretty bool
}

// ServeHTTP serves one People API request. Every answer is JSON: a resource, or
// Google's error envelope, unknown URLs and wrong HTTP methods included.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.serveAdmin(w, r) { // admin.go
		return
	}
	w, logged := s.logRequest(w, r) // admin.go
	defer logged()
	pretty := true
	defer func() {
		if v := recover(); v != nil {
			if v == http.ErrAbortHandler {
				panic(v)
			}
			writeError(w, pretty, internalError())
		}
	}()
	// Issue 14: ambiguous framing closes the connection (framing.go); CORS
	// headers and preflights (cors.go).
	closeAmbiguous(w, r)
	if s.cors(w, r) {
		return
	}
	query, qerr := url.ParseQuery(r.URL.RawQuery)
	if v := query.Get("prettyPrint"); v != "" {
		if b, err := strconv.ParseBool(v); err == nil {
			pretty = b
		}
	}
	verb := r.Method
	if o := r.Header.Get("X-HTTP-Method-Override"); o != "" && verb == http.MethodPost {
		verb = strings.ToUpper(o)
	}
	if s.servePhoto(w, r) { // photos.go
		return
	}
	rt, name := match(r.URL.Path)
	if rt != nil {
		rt = rt.forVerb(verb) // routes.go
	}
	if rt == nil {
		writeError(w, pretty, routeNotFound(r.URL.Path))
		return
	}
	if verb != rt.verb {
		w.Header().Set("Allow", rt.allow()) // routes.go
		writeError(w, pretty, methodNotAllowed(verb))
		return
	}
	c := &call{r: r, w: w, route: rt, name: name, pretty: pretty}
	user, err := s.authenticate(r, query, rt.mutates)
	if err != nil {
		var e *apierror.Error
		if errors.As(err, &e) && e.Code == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="https://accounts.google.com/"`)
		} else {
			w.Header().Set("WWW-Authenticate", `Bearer realm="https://accounts.google.com/", error="insufficient_scope", scope="https://www.googleapis.com/auth/contacts"`)
		}
		writeError(w, pretty, err)
		return
	}
	c.user = user
	if qerr != nil {
		writeError(w, pretty, invalidArgument("Invalid query string."))
		return
	}
	if c.params, err = bindParams(query, rt.params); err != nil {
		writeError(w, pretty, err)
		return
	}
	sel, err := parseFields(query["fields"]) // fields.go
	if err != nil {
		writeError(w, pretty, err)
		return
	}
	if err := s.takeInjected(rt.method); err != nil {
		writeError(w, pretty, err)
		return
	}
	sel.capture(c) // fields.go: a streamed answer is filtered whole
	body, err := rt.handle(s, c)
	if err == errStreamed { // the method wrote its answer (stream.go)
		sel.flush(w, pretty, c)
		return
	}
	if err != nil {
		writeError(w, pretty, err)
		return
	}
	writeJSON(w, pretty, http.StatusOK, sel.filter(body)) // fields.go
}

// writeError writes err as Google's JSON error envelope; an error that is not an
// *apierror.Error is an internal one.
func writeError(w http.ResponseWriter, pretty bool, err error) {
	e, ok := asAPIError(err)
	if !ok {
		e = internalError()
	}
	code := e.Code
	if code < 400 || code > 599 {
		code = http.StatusInternalServerError
	}
	body := e.JSON()
	var be *peopleupdate.BatchError
	if errors.As(err, &be) {
		body = batchErrorJSON(be)
	}
	writeJSON(w, pretty, code, body)
}

// asAPIError returns the *apierror.Error err is or wraps (the first failure
// of a batch).
func asAPIError(err error) (*apierror.Error, bool) {
	var e *apierror.Error
	ok := errors.As(err, &e)
	return e, ok
}

// writeJSON writes body with the given status, indented as Google's front end
// does unless the request said prettyPrint=false.
func writeJSON(w http.ResponseWriter, pretty bool, status int, body []byte) {
	if pretty {
		var b bytes.Buffer
		if err := json.Indent(&b, body, "", "  "); err == nil {
			body = append(bytes.TrimRight(b.Bytes(), "\n"), '\n')
		}
	}
	h := w.Header()
	h.Set("Content-Type", "application/json; charset=UTF-8")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// authenticate returns the user a request acts as, or the 401/403 error.
func (s *Server) authenticate(r *http.Request, q url.Values, mutates bool) (string, error) {
	if !s.auth {
		return DefaultUser, nil
	}
	token := ""
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, rest, _ := strings.Cut(h, " ")
		if !strings.EqualFold(scheme, "Bearer") {
			return "", invalidCredentials()
		}
		token = strings.TrimSpace(rest)
	} else if v := q.Get("access_token"); v != "" {
		token = v
	} else if v := q.Get("oauth_token"); v != "" {
		token = v
	}
	if token == "" {
		return "", unauthenticated()
	}
	t, ok := s.tokens[token]
	if !ok {
		return "", invalidCredentials()
	}
	if mutates && t.ReadOnly {
		return "", permissionDenied()
	}
	return t.User, nil
}

// systemParams are the query parameters every Google API method accepts.
var systemParams = []string{"$.xgafv", "access_token", "alt", "callback", "fields", "key",
	"oauth_token", "prettyPrint", "quotaUser", "uploadType", "upload_protocol", "userIp"}

// bindParams checks the query against a method's parameters and returns its
// values by lowerCamelCase name. As Google's front end does, it accepts a
// parameter under its snake_case name too, and answers an unknown one with
// "Cannot bind query parameter".
func bindParams(q url.Values, allowed []string) (url.Values, error) {
	out := make(url.Values, len(q))
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if slices.Contains(systemParams, k) {
			continue
		}
		name, ok := "", false
		for _, a := range allowed {
			if k == a || k == snake(a) {
				name, ok = a, true
				break
			}
		}
		if !ok {
			return nil, invalidArgumentf(
				"Invalid JSON payload received. Unknown name %q: Cannot bind query parameter. Field '%s' could not be found in request message.", k, k)
		}
		out[name] = append(out[name], q[k]...)
	}
	if alt := q.Get("alt"); alt != "" && alt != "json" {
		return nil, invalidArgumentf("Invalid value at 'alt', %q: peoplefake serves alt=json only.", alt)
	}
	if v := q.Get("prettyPrint"); v != "" {
		if _, err := strconv.ParseBool(v); err != nil {
			return nil, apierror.NewInvalidBodyValue("pretty_print", "TYPE_BOOL", strconv.Quote(v))
		}
	}
	return out, nil
}

// snake returns the snake_case spelling of a lowerCamelCase parameter name
// (requestMask.includeField → request_mask.include_field).
func snake(name string) string {
	var b strings.Builder
	for _, r := range name {
		if 'A' <= r && r <= 'Z' {
			b.WriteByte('_')
			r += 'a' - 'A'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// first returns the first value of a singular parameter, or "". (A singular
// parameter given more than once: the first value counts.)
func (c *call) first(name string) string {
	if v := c.params[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// mask returns a field mask parameter; values given more than once are joined
// with commas.
func (c *call) mask(name string) string {
	return strings.Join(c.params[name], ",")
}

// sources returns the sources parameter, one value per occurrence.
func (c *call) sources() []string { return c.params["sources"] }
