// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"net/http"
	"strings"
)

// The methods of the discovery document besides the seven of server.go. The
// fake serves every one.
const (
	MethodListGroups          Method = "contactGroups.list"                              // GET /v1/contactGroups
	MethodCreateGroup         Method = "contactGroups.create"                            // POST /v1/contactGroups
	MethodBatchGetGroups      Method = "contactGroups.batchGet"                          // GET /v1/contactGroups:batchGet
	MethodGetGroup            Method = "contactGroups.get"                               // GET /v1/contactGroups/{id}
	MethodUpdateGroup         Method = "contactGroups.update"                            // PUT /v1/contactGroups/{id}
	MethodDeleteGroup         Method = "contactGroups.delete"                            // DELETE /v1/contactGroups/{id}
	MethodModifyGroupMembers  Method = "contactGroups.members.modify"                    // POST /v1/contactGroups/{id}/members:modify
	MethodBatchCreateContacts Method = "people.batchCreateContacts"                      // POST /v1/people:batchCreateContacts
	MethodBatchDeleteContacts Method = "people.batchDeleteContacts"                      // POST /v1/people:batchDeleteContacts
	MethodUpdateContactPhoto  Method = "people.updateContactPhoto"                       // PATCH /v1/people/{id}:updateContactPhoto
	MethodDeleteContactPhoto  Method = "people.deleteContactPhoto"                       // DELETE /v1/people/{id}:deleteContactPhoto
	MethodSearchContacts      Method = "people.searchContacts"                           // GET /v1/people:searchContacts
	MethodListDirectoryPeople Method = "people.listDirectoryPeople"                      // GET /v1/people:listDirectoryPeople
	MethodSearchDirectory     Method = "people.searchDirectoryPeople"                    // GET /v1/people:searchDirectoryPeople
	MethodListOtherContacts   Method = "otherContacts.list"                              // GET /v1/otherContacts
	MethodSearchOtherContacts Method = "otherContacts.search"                            // GET /v1/otherContacts:search
	MethodCopyOtherContact    Method = "otherContacts.copyOtherContactToMyContactsGroup" // POST /v1/otherContacts/{id}:copyOtherContactToMyContactsGroup
)

var (
	routeListGroups     = &route{MethodListGroups, http.MethodGet, false, []string{"groupFields", "pageSize", "pageToken", "syncToken"}, (*Server).listGroups, false}
	routeCreateGroup    = &route{MethodCreateGroup, http.MethodPost, true, nil, (*Server).createGroup, false}
	routeBatchGetGroups = &route{MethodBatchGetGroups, http.MethodGet, false, []string{"groupFields", "maxMembers", "resourceNames"}, (*Server).batchGetGroups, false}
	routeGetGroup       = &route{MethodGetGroup, http.MethodGet, false, []string{"groupFields", "maxMembers"}, (*Server).getGroup, true}
	routeUpdateGroup    = &route{MethodUpdateGroup, http.MethodPut, true, nil, (*Server).updateGroup, true}
	routeDeleteGroup    = &route{MethodDeleteGroup, http.MethodDelete, true, []string{"deleteContacts"}, (*Server).deleteGroup, true}
	routeModifyMembers  = &route{MethodModifyGroupMembers, http.MethodPost, true, nil, (*Server).modifyMembers, true}
	routeBatchCreate    = &route{MethodBatchCreateContacts, http.MethodPost, true, nil, (*Server).batchCreateContacts, false}
	routeBatchDelete    = &route{MethodBatchDeleteContacts, http.MethodPost, true, nil, (*Server).batchDeleteContacts, false}
	routeUpdatePhoto    = &route{MethodUpdateContactPhoto, http.MethodPatch, true, nil, (*Server).updateContactPhoto, true}
	routeDeletePhoto    = &route{MethodDeleteContactPhoto, http.MethodDelete, true, []string{"personFields", "sources"}, (*Server).deleteContactPhoto, true}

	routeSearchContacts = &route{MethodSearchContacts, http.MethodGet, false,
		[]string{"pageSize", "query", "readMask", "sources"}, (*Server).searchContacts, false}
	routeListDirectory = &route{MethodListDirectoryPeople, http.MethodGet, false,
		[]string{"mergeSources", "pageSize", "pageToken", "readMask", "requestSyncToken", "sources", "syncToken"}, (*Server).listDirectory, false}
	routeSearchDirectory = &route{MethodSearchDirectory, http.MethodGet, false,
		[]string{"mergeSources", "pageSize", "pageToken", "query", "readMask", "sources"}, (*Server).searchDirectory, false}
	routeListOther = &route{MethodListOtherContacts, http.MethodGet, false,
		[]string{"pageSize", "pageToken", "readMask", "requestSyncToken", "sources", "syncToken"}, (*Server).listOtherContacts, false}
	routeSearchOther = &route{MethodSearchOtherContacts, http.MethodGet, false,
		[]string{"pageSize", "query", "readMask"}, (*Server).searchOtherContacts, false}
	routeCopyOther = &route{MethodCopyOtherContact, http.MethodPost, true, nil, (*Server).copyOtherContact, true}
)

// verbRoutes lists, for a route whose path serves several HTTP methods, the
// routes of the others.
var verbRoutes = map[*route][]*route{
	routeListGroups: {routeCreateGroup},
	routeGetGroup:   {routeUpdateGroup, routeDeleteGroup},
}

// forVerb returns the route of the same path for HTTP method verb, or rt
// itself (whose verb then answers 405).
func (rt *route) forVerb(verb string) *route {
	for _, alt := range verbRoutes[rt] {
		if alt.verb == verb {
			return alt
		}
	}
	return rt
}

// allow returns the HTTP methods rt's path serves, for an Allow header.
func (rt *route) allow() string {
	verbs := []string{rt.verb}
	for _, alt := range verbRoutes[rt] {
		verbs = append(verbs, alt.verb)
	}
	return strings.Join(verbs, ", ")
}

// matchMore returns the route of a path below /v1/ (rest) that server.go's
// match does not know, and the resource name it holds.
func matchMore(rest string) (*route, string, bool) {
	switch rest {
	case "contactGroups":
		return routeListGroups, "", true
	case "contactGroups:batchGet":
		return routeBatchGetGroups, "", true
	case "people:batchCreateContacts":
		return routeBatchCreate, "", true
	case "people:batchDeleteContacts":
		return routeBatchDelete, "", true
	case "people:searchContacts":
		return routeSearchContacts, "", true
	case "people:listDirectoryPeople":
		return routeListDirectory, "", true
	case "people:searchDirectoryPeople":
		return routeSearchDirectory, "", true
	case "otherContacts":
		return routeListOther, "", true
	case "otherContacts:search":
		return routeSearchOther, "", true
	}
	if id, ok := strings.CutPrefix(rest, "contactGroups/"); ok {
		if id, ok := strings.CutSuffix(id, "/members:modify"); ok && id != "" && !strings.Contains(id, "/") {
			return routeModifyMembers, groupPrefix + id, true
		}
		if id == "" || strings.Contains(id, "/") || strings.Contains(id, ":") {
			return nil, "", false
		}
		return routeGetGroup, groupPrefix + id, true
	}
	if id, ok := strings.CutPrefix(rest, "otherContacts/"); ok {
		if id, ok := strings.CutSuffix(id, ":copyOtherContactToMyContactsGroup"); ok && id != "" && !strings.Contains(id, "/") {
			return routeCopyOther, "otherContacts/" + id, true
		}
		return nil, "", false
	}
	if id, ok := strings.CutPrefix(rest, "people/"); ok && !strings.Contains(id, "/") {
		if id, ok := strings.CutSuffix(id, ":updateContactPhoto"); ok && id != "" {
			return routeUpdatePhoto, "people/" + id, true
		}
		if id, ok := strings.CutSuffix(id, ":deleteContactPhoto"); ok && id != "" {
			return routeDeletePhoto, "people/" + id, true
		}
	}
	return nil, "", false
}
