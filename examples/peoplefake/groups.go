// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/validate"
)

// The contact group methods that read: contactGroups.list, get and batchGet.

// Limits of the contact group methods, as the discovery document gives them.
const (
	defaultGroupPageSize = 30
	maxGroupPageSize     = 1000
	maxGroupBatchGet     = 200
)

// groupJSON is a ContactGroup, its fields in proto field number order.
type groupJSON struct {
	ResourceName        string            `json:"resourceName,omitempty"`
	Etag                string            `json:"etag,omitempty"`
	Metadata            *groupMetadata    `json:"metadata,omitempty"`
	GroupType           string            `json:"groupType,omitempty"`
	Name                string            `json:"name,omitempty"`
	FormattedName       string            `json:"formattedName,omitempty"`
	MemberResourceNames []string          `json:"memberResourceNames,omitempty"`
	MemberCount         int               `json:"memberCount,omitempty"`
	ClientData          []groupClientData `json:"clientData,omitempty"`
}

// groupMetadata is a ContactGroupMetadata.
type groupMetadata struct {
	UpdateTime string `json:"updateTime,omitempty"`
	Deleted    bool   `json:"deleted,omitempty"`
}

// groupClientData is a GroupClientData.
type groupClientData struct {
	Key   string `json:"key,omitempty"`
	Value string `json:"value,omitempty"`
}

// listGroupsResponse is a ListContactGroupsResponse.
type listGroupsResponse struct {
	ContactGroups []groupJSON `json:"contactGroups,omitempty"`
	TotalItems    int         `json:"totalItems,omitempty"`
	NextPageToken string      `json:"nextPageToken,omitempty"`
	NextSyncToken string      `json:"nextSyncToken,omitempty"`
}

// groupResponse is a ContactGroupResponse.
type groupResponse struct {
	RequestedResourceName string     `json:"requestedResourceName,omitempty"`
	Status                *rpcStatus `json:"status,omitempty"`
	ContactGroup          *groupJSON `json:"contactGroup,omitempty"`
}

// batchGetGroupsResponse is a BatchGetContactGroupsResponse.
type batchGetGroupsResponse struct {
	Responses []groupResponse `json:"responses,omitempty"`
}

// systemFormattedNames are the en-US formattedNames of the system groups.
var systemFormattedNames = map[string]string{
	"myContacts": "My Contacts", "starred": "Starred", "friends": "Friends", "family": "Family",
	"coworkers": "Coworkers", "chatBuddies": "Chat contacts", "all": "All Contacts", "blocked": "Blocked",
}

// groupFieldSet is a parsed groupFields or readGroupFields mask.
type groupFieldSet map[string]bool

// The group masks: valid paths and defaults of each.
var (
	readGroupPaths    = []string{"clientData", "groupType", "memberCount", "metadata", "name"}
	createGroupPaths  = []string{"clientData", "groupType", "metadata", "name"}
	updateGroupPaths  = []string{"clientData", "name"}
	defaultGroupRead  = []string{"groupType", "memberCount", "metadata", "name"}
	defaultGroupWrite = []string{"groupType", "metadata", "name"}
)

// parseGroupMask parses a group field mask: comma-separated paths among valid;
// an empty mask is defaults. param names the mask in errors (groupFields,
// readGroupFields, updateGroupFields), page the reference page.
func parseGroupMask(value, param, page string, valid, defaults []string) (groupFieldSet, error) {
	out := groupFieldSet{}
	for p := range strings.SplitSeq(value, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !slices.Contains(valid, p) {
			return nil, invalidArgumentf("Invalid %s mask path: %q. Valid paths are documented at https://developers.google.com/people/api/rest/v1/contactGroups/%s.", param, p, page).
				WithField(snake(param), "")
		}
		out[p] = true
	}
	if len(out) == 0 {
		for _, p := range defaults {
			out[p] = true
		}
	}
	return out, nil
}

// render returns a group as a read with fields gives it, with up to
// maxMembers of its members.
func (g *groupState) render(cg *contactGroup, fields groupFieldSet, maxMembers int) groupJSON {
	out := groupJSON{ResourceName: cg.resourceName, Etag: g.etag(cg)}
	if fields["metadata"] && !cg.updateTime.IsZero() {
		out.Metadata = &groupMetadata{UpdateTime: cg.updateTime.UTC().Format(time.RFC3339Nano)}
	}
	if fields["groupType"] {
		out.GroupType = "USER_CONTACT_GROUP"
		if cg.system {
			out.GroupType = "SYSTEM_CONTACT_GROUP"
		}
	}
	if fields["name"] {
		out.Name, out.FormattedName = cg.name, cg.name
		if cg.system {
			out.FormattedName = systemFormattedNames[cg.name]
		}
	}
	if fields["memberCount"] {
		out.MemberCount = len(g.members[cg.resourceName])
	}
	if fields["clientData"] {
		out.ClientData = slices.Clone(cg.clientData)
	}
	if maxMembers > 0 {
		names := g.memberNames(cg.resourceName)
		out.MemberResourceNames = names[:min(maxMembers, len(names))]
	}
	return out
}

// intParam parses an integer query parameter that must not be negative; absent
// is 0.
func (c *call) intParam(name string) (int, error) {
	v := c.first(name)
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 32)
	if err != nil {
		return 0, apierror.NewInvalidBodyValue(snake(name), "TYPE_INT32", strconv.Quote(v)).WithField(snake(name), "")
	}
	if n < 0 {
		return 0, invalidArgumentf("%s must not be negative.", name).WithField(snake(name), "")
	}
	return int(n), nil
}

// pageSize returns the pageSize parameter: def when it is absent or 0, limit
// when it is over limit.
func (c *call) pageSize(def, limit int) (int, error) {
	size, err := c.intParam("pageSize")
	if err != nil {
		return 0, err
	}
	switch {
	case size == 0:
		size = def
	case size > limit:
		size = limit
	}
	return size, nil
}

// listGroups serves contactGroups.list: every group of the user, a page at a
// time, without members.
func (s *Server) listGroups(c *call) ([]byte, error) {
	fields, err := parseGroupMask(c.mask("groupFields"), "groupFields", "list", readGroupPaths, defaultGroupRead)
	if err != nil {
		return nil, err
	}
	size, err := c.pageSize(defaultGroupPageSize, maxGroupPageSize)
	if err != nil {
		return nil, err
	}
	if c.first("syncToken") != "" {
		return s.syncGroups(c, fields, size) // sync.go
	}
	fp := fingerprint("contactGroups.list\x00"+c.mask("groupFields"), nil, "", size, false)
	offset := 0
	tok, mark := s.unwrapPage(c.user, c.first("pageToken")) // sync.go
	if tok != "" {
		if offset, err = decodePageToken(tok, fp); err != nil {
			return nil, err
		}
	}
	var out listGroupsResponse
	s.read(c.user, func(u *userStore) {
		g := groupsOrNew(u)
		all := g.sorted()
		out.TotalItems = len(all)
		end := min(offset+size, len(all))
		for _, cg := range all[min(offset, len(all)):end] {
			out.ContactGroups = append(out.ContactGroups, g.render(cg, fields, 0))
		}
		if end < len(all) {
			out.NextPageToken = wrapPage(encodePageToken(end, fp), mark) // sync.go
		} else {
			out.NextSyncToken = syncToken(groupsSyncFP(c), mark) // sync.go
		}
	})
	return mustJSON(out), nil
}

// groupsOrNew returns a user's groups for reading: a fresh state of system
// groups for a user the fake has not seen (u nil) or who has no groups yet.
// The caller holds u.mu.
func groupsOrNew(u *userStore) *groupState {
	if u != nil && u.groups != nil {
		return u.groups
	}
	return newGroupState()
}

// getGroup serves contactGroups.get.
func (s *Server) getGroup(c *call) ([]byte, error) {
	fields, maxMembers, err := c.groupReadParams("get")
	if err != nil {
		return nil, err
	}
	if err := validate.GroupResourceName(c.name); err != nil {
		return nil, err
	}
	var out *groupJSON
	s.read(c.user, func(u *userStore) {
		g := groupsOrNew(u)
		if cg := g.groups[c.name]; cg != nil {
			gj := g.render(cg, fields, maxMembers)
			out = &gj
		}
	})
	if out == nil {
		return nil, apierror.NewNotFound()
	}
	return mustJSON(out), nil
}

// groupReadParams parses groupFields and maxMembers.
func (c *call) groupReadParams(page string) (groupFieldSet, int, error) {
	fields, err := parseGroupMask(c.mask("groupFields"), "groupFields", page, readGroupPaths, defaultGroupRead)
	if err != nil {
		return nil, 0, err
	}
	maxMembers, err := c.intParam("maxMembers")
	return fields, maxMembers, err
}

// batchGetGroups serves contactGroups.batchGet: one ContactGroupResponse per
// requested name, in request order.
func (s *Server) batchGetGroups(c *call) ([]byte, error) {
	fields, maxMembers, err := c.groupReadParams("batchGet")
	if err != nil {
		return nil, err
	}
	names, err := c.resourceNames(maxGroupBatchGet)
	if err != nil {
		return nil, err
	}
	out := batchGetGroupsResponse{Responses: make([]groupResponse, len(names))}
	s.read(c.user, func(u *userStore) { out.fill(groupsOrNew(u), names, fields, maxMembers) })
	return mustJSON(out), nil
}

// fill sets the responses of a batchGet of the groups names of g. The caller
// holds the lock of g's store.
func (out *batchGetGroupsResponse) fill(g *groupState, names []string, fields groupFieldSet, maxMembers int) {
	for i, n := range names {
		r := groupResponse{RequestedResourceName: n, Status: &rpcStatus{}}
		if err := validate.GroupResourceName(n); err != nil {
			e, _ := asAPIError(err)
			r.Status = statusOf(e)
		} else if cg := g.groups[n]; cg == nil {
			r.Status = statusOf(apierror.NewNotFound())
		} else {
			gj := g.render(cg, fields, maxMembers)
			r.ContactGroup = &gj
		}
		out.Responses[i] = r
	}
}
