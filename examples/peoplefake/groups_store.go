// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"

	"github.com/peopleupdate/peopleupdate/mask"
	"github.com/peopleupdate/peopleupdate/merge"
	"github.com/peopleupdate/peopleupdate/person"
	"github.com/peopleupdate/peopleupdate/validate"
)

// contactGroup is one stored contact group of a user. Its members are not
// stored here: the people's memberships are the truth, and groupState.members
// indexes them.
type contactGroup struct {
	resourceName string
	system       bool
	name         string
	clientData   []groupClientData
	updateTime   time.Time // zero for a system group never changed
}

// groupState is a user's contact groups and the index of their members.
type groupState struct {
	groups  map[string]*contactGroup       // by resource name, system groups included
	members map[string]map[string]struct{} // group resource name → member resource names
	hashes  map[string]uint64              // group resource name → XOR of its members' name hashes
}

// newGroupState returns the groups of a new user: the system groups.
func newGroupState() *groupState {
	g := &groupState{
		groups:  make(map[string]*contactGroup),
		members: make(map[string]map[string]struct{}),
		hashes:  make(map[string]uint64),
	}
	for _, id := range validate.SystemGroupIDs() {
		name := groupPrefix + id
		g.groups[name] = &contactGroup{resourceName: name, system: true, name: id}
	}
	return g
}

// groupPrefix starts every contact group resource name.
const groupPrefix = "contactGroups/"

// gs returns the user's group state, making it on first use.
func (u *userStore) gs() *groupState {
	if u.groups == nil {
		u.groups = newGroupState()
	}
	return u.groups
}

// groupsOf returns the names of the contact groups p's memberships name, once
// each.
func groupsOf(p *person.Person) []string {
	var out []string
	for _, m := range p.GetMemberships() {
		if g := m.GetContactGroupMembership().GetContactGroupResourceName(); g != "" && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// nameHash is the hash of a member's resource name the group etags fold in.
func nameHash(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

// track updates the member index for a person going from old to next (either
// may be nil). Memberships of groups that do not exist are indexed too, so
// that a group made later sees seeded members; only existing groups are
// shown.
func (g *groupState) track(old, next *person.Person) {
	var was, is []string
	name := ""
	if old != nil {
		was, name = groupsOf(old), old.GetResourceName()
	}
	if next != nil {
		is, name = groupsOf(next), next.GetResourceName()
	}
	for _, gr := range was {
		if !slices.Contains(is, gr) {
			delete(g.members[gr], name)
			g.hashes[gr] ^= nameHash(name)
		}
	}
	for _, gr := range is {
		if !slices.Contains(was, gr) {
			m := g.members[gr]
			if m == nil {
				m = make(map[string]struct{})
				g.members[gr] = m
			}
			m[name] = struct{}{}
			g.hashes[gr] ^= nameHash(name)
		}
	}
}

// memberNames returns the members of a group in resource name order.
func (g *groupState) memberNames(group string) []string {
	out := make([]string, 0, len(g.members[group]))
	for n := range g.members[group] {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// etag returns a group's etag: a digest of everything it shows, its members
// included, so that it changes with the group.
func (g *groupState) etag(cg *contactGroup) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%d\x00%d", cg.resourceName, cg.name, cg.updateTime.UnixNano(), len(g.members[cg.resourceName]), g.hashes[cg.resourceName])
	for _, d := range cg.clientData {
		fmt.Fprintf(h, "\x00%s\x00%s", d.Key, d.Value)
	}
	return base64.StdEncoding.EncodeToString(h.Sum(nil)[:8])
}

// sorted returns the user's groups in the order contactGroups.list gives them:
// user groups by resource name, then the system groups in their documented
// order.
func (g *groupState) sorted() []*contactGroup {
	out := make([]*contactGroup, 0, len(g.groups))
	for _, cg := range g.groups {
		if !cg.system {
			out = append(out, cg)
		}
	}
	slices.SortFunc(out, func(a, b *contactGroup) int { return strings.Compare(a.resourceName, b.resourceName) })
	for _, id := range validate.SystemGroupIDs() {
		out = append(out, g.groups[groupPrefix+id])
	}
	return out
}

// nameTaken reports whether a group other than self is called name.
func (g *groupState) nameTaken(name, self string) bool {
	for _, cg := range g.groups {
		if cg.resourceName != self && cg.name == name {
			return true
		}
	}
	return false
}

// checkMemberships rejects a contact write whose result next names a contact
// group that does not exist, among the groups old (the stored contact, or nil)
// was not already in. Whether a system group may be joined is the core's rule
// (validate.Content), checked before.
func (u *userStore) checkMemberships(old, next *person.Person) error {
	g := u.gs()
	was := groupsOf(old)
	for _, gr := range groupsOf(next) {
		if g.groups[gr] == nil && !slices.Contains(was, gr) {
			return unknownGroup(gr)
		}
	}
	return nil
}

// withGroups returns the stored record of a contact whose contact-source
// memberships become groups, in that order, as updateContact with
// updatePersonFields=memberships would store it: the contact source gets a new
// etag and updateTime; other sources' memberships stay.
func (s *Server) withGroups(p *person.Person, groups []string, now time.Time) *person.Person {
	req := groupsPerson(groups)
	u, err := mask.ParseUpdate("memberships")
	if err != nil {
		panic(err) // a valid mask
	}
	o := merge.Options(s.opts)
	o.Clock = func() time.Time { return now }
	return merge.Apply(p, req, u, o)
}

// contactGroups returns the groups of p's contact source, in stored order.
func contactGroups(p *person.Person) []string {
	cs := p.ContactSource()
	var out []string
	for _, m := range p.GetMemberships() {
		if g := m.GetContactGroupMembership().GetContactGroupResourceName(); g != "" && person.IsContactItem(m, cs) && !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// newGroupID returns the id of a new user group: 16 hex digits from the id
// generator, not in use.
func (s *Server) newGroupID(g *groupState) (string, error) {
	for range 1000 {
		id := hexID(s.ids.next())
		if g.groups[groupPrefix+id] == nil {
			return id, nil
		}
	}
	return "", internalError()
}

// adoptSeededGroups makes a user group of every group that seeded people's
// memberships name and that does not exist, named after its id (a seed's
// "contactGroups", planted after, may name it), so that the groups' members
// stay true to the stored memberships. New and Load call it once the seeds
// are stored.
func (s *Server) adoptSeededGroups() {
	for _, u := range s.users {
		for name, members := range u.gs().members {
			if len(members) > 0 {
				u.adopt(name)
			}
		}
	}
}

// adopt makes the user group name, named after its id, unless it exists or
// name is not a contact group resource name. The caller holds u.mu for
// writing, or is New.
func (u *userStore) adopt(name string) {
	g := u.gs()
	if g.groups[name] == nil && validate.GroupResourceName(name) == nil {
		g.groups[name] = &contactGroup{resourceName: name, name: strings.TrimPrefix(name, groupPrefix)}
		u.touch(kindGroups, name)
	}
}
