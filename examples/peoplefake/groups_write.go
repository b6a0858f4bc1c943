// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"slices"
	"strconv"
	"time"

	"github.com/peopleupdate/peopleupdate/apierror"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// The contact group methods that write: contactGroups.create, update, delete
// and members.modify. Each runs as one transaction of the user's store
// (Server.write).

// maxModifyMembers bounds resourceNamesToAdd plus resourceNamesToRemove.
const maxModifyMembers = 1000

// createGroup serves contactGroups.create.
func (s *Server) createGroup(c *call) ([]byte, error) {
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "contactGroup", "readGroupFields")
	if err != nil {
		return nil, err
	}
	rgf, err := jsonString(m["readGroupFields"], "read_group_fields", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	fields, err := parseGroupMask(rgf, "readGroupFields", "create", createGroupPaths, defaultGroupWrite)
	if err != nil {
		return nil, err
	}
	in, err := decodeGroup(m["contactGroup"], "contact_group")
	if err != nil {
		return nil, err
	}
	if err := validate.GroupName(in.name, "contact_group.name"); err != nil {
		return nil, err
	}
	var out groupJSON
	err = s.write(c.user, func(u *userStore) error {
		g := u.gs()
		if g.nameTaken(in.name, "") {
			return groupNameTaken(in.name)
		}
		id, err := s.newGroupID(g)
		if err != nil {
			return err
		}
		cg := &contactGroup{resourceName: groupPrefix + id, name: in.name, clientData: in.clientData, updateTime: s.opts.Clock().UTC()}
		g.groups[cg.resourceName] = cg
		u.touch(kindGroups, cg.resourceName)
		u.logGroup(cg.resourceName, "") // changelog.go
		out = g.render(cg, fields, 0)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return mustJSON(out), nil
}

// updateGroup serves contactGroups.update: the fields of updateGroupFields
// are replaced, if contactGroup.etag is the group's current etag.
func (s *Server) updateGroup(c *call) ([]byte, error) {
	if err := validate.GroupResourceName(c.name); err != nil {
		return nil, err
	}
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "contactGroup", "updateGroupFields", "readGroupFields")
	if err != nil {
		return nil, err
	}
	ugf, err := jsonString(m["updateGroupFields"], "update_group_fields", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	rgf, err := jsonString(m["readGroupFields"], "read_group_fields", "type.googleapis.com/google.protobuf.FieldMask")
	if err != nil {
		return nil, err
	}
	update, err := parseGroupMask(ugf, "updateGroupFields", "update", updateGroupPaths, []string{"name"})
	if err != nil {
		return nil, err
	}
	fields, err := parseGroupMask(rgf, "readGroupFields", "update", readGroupPaths, defaultGroupWrite)
	if err != nil {
		return nil, err
	}
	in, err := decodeGroup(m["contactGroup"], "contact_group")
	if err != nil {
		return nil, err
	}
	if in.etag == "" {
		return nil, invalidArgumentf("Request must set contact_group.etag.").WithField("contact_group.etag", "")
	}
	if update["name"] {
		if err := validate.GroupRenamable(c.name); err != nil {
			return nil, err
		}
		if err := validate.GroupName(in.name, "contact_group.name"); err != nil {
			return nil, err
		}
	}
	var out groupJSON
	err = s.write(c.user, func(u *userStore) error {
		g := u.gs()
		cg := g.groups[c.name]
		if cg == nil {
			return apierror.NewNotFound()
		}
		if in.etag != g.etag(cg) {
			return staleGroupEtag()
		}
		if update["name"] && g.nameTaken(in.name, c.name) {
			return groupNameTaken(in.name)
		}
		next := *cg
		if update["name"] {
			next.name = in.name
		}
		if update["clientData"] {
			next.clientData = in.clientData
		}
		next.updateTime = laterThan(cg.updateTime, s.opts.Clock())
		g.groups[c.name] = &next
		u.touch(kindGroups, c.name)
		u.logGroup(c.name, "") // changelog.go
		out = g.render(&next, fields, 0)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return mustJSON(out), nil
}

// laterThan returns now, or prev plus a millisecond when now is not after
// prev: a changed group's updateTime always moves.
func laterThan(prev, now time.Time) time.Time {
	if now.After(prev) {
		return now.UTC()
	}
	return prev.Add(time.Millisecond).UTC()
}

// deleteGroup serves contactGroups.delete: the group goes, and its members
// leave it, or go too with deleteContacts=true.
func (s *Server) deleteGroup(c *call) ([]byte, error) {
	if err := validate.GroupResourceName(c.name); err != nil {
		return nil, err
	}
	deleteContacts := false
	if v := c.first("deleteContacts"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return nil, apierror.NewInvalidBodyValue("delete_contacts", "TYPE_BOOL", strconv.Quote(v)).WithField("delete_contacts", "")
		}
		deleteContacts = b
	}
	if err := validate.GroupDeletable(c.name); err != nil {
		return nil, err
	}
	err := s.write(c.user, func(u *userStore) error {
		g := u.gs()
		if g.groups[c.name] == nil {
			return apierror.NewNotFound()
		}
		now := s.opts.Clock()
		for _, n := range g.memberNames(c.name) {
			p := u.people[n]
			switch {
			case deleteContacts:
				u.remove(n)
			case slices.Contains(contactGroups(p), c.name):
				u.put(s.withGroups(p, slices.DeleteFunc(contactGroups(p), func(gr string) bool { return gr == c.name }), now))
			}
		}
		u.logGroup(c.name, g.etag(g.groups[c.name])) // changelog.go
		delete(g.groups, c.name)
		u.touch(kindGroups, c.name)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return []byte("{}"), nil
}

// modifyResponse is a ModifyContactGroupMembersResponse.
type modifyResponse struct {
	NotFoundResourceNames                     []string `json:"notFoundResourceNames,omitempty"`
	CanNotRemoveLastContactGroupResourceNames []string `json:"canNotRemoveLastContactGroupResourceNames,omitempty"`
}

// membersChange is the groups one contact of a members.modify call ends in.
type membersChange struct {
	p       *person.Person
	groups  []string
	changed bool
}

// modifyMembers serves contactGroups.members.modify: adds, then removes.
// Names that are no contact are listed in notFoundResourceNames, contacts that
// would lose their last group in canNotRemoveLastContactGroupResourceNames;
// every other contact changes at most once, its etag and updateTime moving.
func (s *Server) modifyMembers(c *call) ([]byte, error) {
	if err := validate.GroupResourceName(c.name); err != nil {
		return nil, err
	}
	body, err := s.body(c)
	if err != nil {
		return nil, err
	}
	m, err := decodeMessage(body, "", "resourceNamesToAdd", "resourceNamesToRemove")
	if err != nil {
		return nil, err
	}
	add, err := jsonStrings(m["resourceNamesToAdd"], "resource_names_to_add")
	if err != nil {
		return nil, err
	}
	remove, err := jsonStrings(m["resourceNamesToRemove"], "resource_names_to_remove")
	if err != nil {
		return nil, err
	}
	if len(add)+len(remove) > maxModifyMembers {
		return nil, tooManyResources("resourceNamesToAdd and resourceNamesToRemove", maxModifyMembers).
			WithField("resource_names_to_add", "")
	}
	if len(add) > 0 {
		if err := validate.GroupAcceptsMembers(c.name); err != nil {
			return nil, err
		}
	}
	var out modifyResponse
	err = s.write(c.user, func(u *userStore) error {
		var err error
		out, err = s.modify(u, c.name, add, remove)
		return err
	})
	if err != nil {
		return nil, err
	}
	return mustJSON(out), nil
}

// modify adds the contacts add to the group named group of u, then removes
// the contacts remove. The caller holds u.mu for writing.
func (s *Server) modify(u *userStore, group string, add, remove []string) (modifyResponse, error) {
	var out modifyResponse
	if u.gs().groups[group] == nil {
		return out, apierror.NewNotFound()
	}
	changes := make(map[string]*membersChange)
	var order []string
	listed := make(map[string]bool) // names already in one of out's lists
	note := func(list *[]string, n string) {
		if !listed[n] {
			listed[n] = true
			*list = append(*list, n)
		}
	}
	get := func(n string) *membersChange {
		if ch := changes[n]; ch != nil {
			return ch
		}
		p := u.people[n]
		if p == nil || p.ContactSource() == nil {
			note(&out.NotFoundResourceNames, n)
			return nil
		}
		ch := &membersChange{p: p, groups: contactGroups(p)}
		changes[n] = ch
		order = append(order, n)
		return ch
	}
	for _, n := range add {
		if ch := get(n); ch != nil && !slices.Contains(ch.groups, group) {
			ch.groups, ch.changed = append(ch.groups, group), true
		}
	}
	for _, n := range remove {
		ch := get(n)
		if ch == nil || !slices.Contains(ch.groups, group) {
			continue
		}
		if !validate.CanLeaveGroup(groupsPerson(ch.groups), group) {
			note(&out.CanNotRemoveLastContactGroupResourceNames, n)
			continue
		}
		ch.groups = slices.DeleteFunc(ch.groups, func(gr string) bool { return gr == group })
		ch.changed = true
	}
	now := s.opts.Clock()
	for _, n := range order {
		if ch := changes[n]; ch.changed {
			u.put(s.withGroups(ch.p, ch.groups, now))
		}
	}
	return out, nil
}

// groupsPerson returns a contact whose only memberships are groups, for the
// core's group rules.
func groupsPerson(groups []string) *person.Person {
	p := &person.Person{Memberships: make([]*person.Membership, len(groups))}
	for i, g := range groups {
		p.Memberships[i] = &person.Membership{ContactGroupMembership: &person.ContactGroupMembership{ContactGroupResourceName: g}}
	}
	return p
}
