// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/peopleupdate/peopleupdate/validate"
)

// A SeedGroup is one contact group of a seed file's "contactGroups" list: a
// user group (made as contactGroups.create would, with this resource name), or
// a system group whose clientData was updated. Members are not listed: the
// people's memberships are.
type SeedGroup struct {
	ResourceName string           `json:"resourceName"`
	Name         string           `json:"name,omitempty"`
	ClientData   []GroupDataEntry `json:"clientData,omitempty"`
	// UpdateTime is RFC 3339, or "" for a system group never changed.
	UpdateTime string `json:"updateTime,omitempty"`
}

// A GroupDataEntry is one clientData entry of a [SeedGroup].
type GroupDataEntry struct {
	Key   string `json:"key,omitempty"`
	Value string `json:"value,omitempty"`
}

// parseSeedGroups parses the "contactGroups" member of a seed document.
func parseSeedGroups(raw json.RawMessage) ([]SeedGroup, error) {
	if isNull(raw) {
		return nil, nil
	}
	var gs []SeedGroup
	if err := json.Unmarshal(raw, &gs); err != nil {
		return nil, fmt.Errorf("seed: contactGroups: %v", err)
	}
	for i, g := range gs {
		if err := validate.GroupResourceName(g.ResourceName); err != nil {
			return nil, fmt.Errorf(`seed: contactGroups[%d]: resourceName %q is not contactGroups/{id}`, i, g.ResourceName)
		}
		if g.UpdateTime != "" {
			if _, err := time.Parse(time.RFC3339Nano, g.UpdateTime); err != nil {
				return nil, fmt.Errorf("seed: contactGroups[%d]: updateTime %q is not RFC 3339", i, g.UpdateTime)
			}
		}
	}
	return gs, nil
}

// plantGroups stores the groups of a seed for user: user groups are made (or
// replace the group of that name adopted from memberships), system groups take
// the clientData and updateTime given. The caller holds u.mu for writing,
// inside [Server.write].
func (u *userStore) plantGroups(user string, groups []SeedGroup) error {
	g := u.gs()
	for i, sg := range groups {
		var ut time.Time
		if sg.UpdateTime != "" {
			ut, _ = time.Parse(time.RFC3339Nano, sg.UpdateTime) // checked by parseSeedGroups
		}
		data := make([]groupClientData, len(sg.ClientData))
		for j, d := range sg.ClientData {
			data[j] = groupClientData(d)
		}
		cg := g.groups[sg.ResourceName]
		switch {
		case cg != nil && cg.system:
			cg.clientData, cg.updateTime = data, ut
			u.touch(kindGroups, sg.ResourceName)
			continue
		case sg.Name == "":
			return fmt.Errorf("seed for user %q: contactGroups[%d] (%s): add a \"name\"", user, i, sg.ResourceName)
		case g.nameTaken(sg.Name, sg.ResourceName):
			return fmt.Errorf("seed for user %q: contactGroups[%d] (%s): a second group named %q", user, i, sg.ResourceName, sg.Name)
		}
		g.groups[sg.ResourceName] = &contactGroup{resourceName: sg.ResourceName, name: sg.Name, clientData: data, updateTime: ut}
		u.touch(kindGroups, sg.ResourceName)
	}
	return nil
}

// exportGroups returns user's groups as a seed's: every user group, and the
// system groups whose clientData was updated; u may be nil. The caller holds
// u.mu.
func exportGroups(u *userStore) []SeedGroup {
	if u == nil {
		return nil
	}
	var out []SeedGroup
	for _, cg := range u.gs().sorted() {
		if cg.system && cg.updateTime.IsZero() && len(cg.clientData) == 0 {
			continue
		}
		sg := SeedGroup{ResourceName: cg.resourceName}
		if !cg.system {
			sg.Name = cg.name
		}
		if !cg.updateTime.IsZero() {
			sg.UpdateTime = cg.updateTime.UTC().Format(time.RFC3339Nano)
		}
		for _, d := range cg.clientData {
			sg.ClientData = append(sg.ClientData, GroupDataEntry(d))
		}
		out = append(out, sg)
	}
	return out
}
