// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"

	"google.golang.org/protobuf/proto"

	"github.com/peopleupdate/peopleupdate/person"
)

// The record kinds of a user's state (persist.go): people, contact groups,
// uploaded photos, other contacts, the profile, and the change log. A group's
// members are not records: the people's memberships are, and loading the
// people rebuilds the index; the search indexes are rebuilt on the first
// search. The change log comes last: loading the people and other contacts
// logs them, and the log's own record then replaces that log wholesale. (They
// are set in init: their load functions store through put, which touches
// them.)
var kindPeople, kindGroups, kindPhotos, kindOthers, kindProfile, kindChanges *recordKind

// keyProfile and keyLog are the keys of the one record of kindProfile and
// kindChanges.
const (
	keyProfile = "profile"
	keyLog     = "log"
)

func init() {
	kindPeople = registerRecordKind(&recordKind{name: "people", encode: encodePerson, load: loadPerson})
	kindGroups = registerRecordKind(&recordKind{name: "groups", encode: encodeGroup, load: loadGroup})
	kindPhotos = registerRecordKind(&recordKind{name: "photos", encode: encodePhoto, load: loadPhoto})
	kindOthers = registerRecordKind(&recordKind{name: "otherContacts", encode: encodeOther, load: loadOther})
	kindProfile = registerRecordKind(&recordKind{name: "profile", encode: encodeProfile, load: loadProfile})
	kindChanges = registerRecordKind(&recordKind{name: "changes", encode: encodeLog, load: loadLog})
}

// encodeProto writes p as deterministic protobuf binary, or ok false for nil.
func encodeProto(p *person.Person) ([]byte, bool, error) {
	if p == nil {
		return nil, false, nil
	}
	b, err := proto.MarshalOptions{Deterministic: true}.Marshal(p)
	return b, true, err
}

func encodeOther(u *userStore, name string) ([]byte, bool, error) { return encodeProto(u.others[name]) }

func loadOther(u *userStore, name string, v []byte) error {
	p := new(person.Person)
	if err := proto.Unmarshal(v, p); err != nil {
		return err
	}
	if p.GetResourceName() != name {
		return errors.New("the record names another other contact: corrupt")
	}
	if u.others == nil {
		u.others = make(map[string]*person.Person)
	}
	u.others[name] = p // not putOther: the change log is its own record
	return nil
}

func encodeProfile(u *userStore, _ string) ([]byte, bool, error) { return encodeProto(u.profile) }

func loadProfile(u *userStore, _ string, v []byte) error {
	p := new(person.Person)
	if err := proto.Unmarshal(v, p); err != nil {
		return err
	}
	u.profile = p
	return nil
}

// changeLogRecord is a change log as the data file keeps it: one record per user,
// so that sync tokens and tombstones resume after a restart.
type changeLogRecord struct {
	Seq     uint64            `json:"seq"`
	Floor   uint64            `json:"floor"`
	Entries []logEntryRecord  `json:"entries,omitempty"`
	Tombs   map[string]string `json:"tombs,omitempty"`
}

// logEntryRecord is one logEntry.
type logEntryRecord struct {
	Seq uint64    `json:"s"`
	At  time.Time `json:"t"`
	Key string    `json:"k"`
}

func encodeLog(u *userStore, _ string) ([]byte, bool, error) {
	l := &u.log
	r := changeLogRecord{Seq: l.seq, Floor: l.floor, Tombs: l.tombs, Entries: make([]logEntryRecord, len(l.entries))}
	for i, e := range l.entries {
		r.Entries[i] = logEntryRecord{e.seq, e.at, e.key}
	}
	b, err := json.Marshal(r)
	return b, true, err
}

func loadLog(u *userStore, _ string, v []byte) error {
	var r changeLogRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return err
	}
	l := changeLog{seq: r.Seq, floor: r.Floor, latest: make(map[string]uint64), tombs: r.Tombs}
	if l.tombs == nil {
		l.tombs = make(map[string]string)
	}
	for _, e := range r.Entries {
		if e.Seq > r.Seq || (len(l.entries) > 0 && e.Seq <= l.entries[len(l.entries)-1].seq) {
			return errors.New("change log out of sequence: corrupt")
		}
		l.entries = append(l.entries, logEntry{e.Seq, e.At, e.Key})
		l.latest[e.Key] = e.Seq
	}
	u.log = l
	return nil
}

// encodePerson writes a stored person as protobuf binary: the whole record,
// sources' etags and updateTimes included, so that etags resume exactly.
func encodePerson(u *userStore, name string) ([]byte, bool, error) {
	return encodeProto(u.people[name])
}

func loadPerson(u *userStore, name string, v []byte) error {
	p := new(person.Person)
	if err := proto.Unmarshal(v, p); err != nil {
		return err
	}
	if p.GetResourceName() != name {
		return errors.New("the record names another person: corrupt")
	}
	u.put(p)
	return nil
}

// groupRecord is a contact group as the data file keeps it.
type groupRecord struct {
	ResourceName string            `json:"resourceName"`
	System       bool              `json:"system,omitempty"`
	Name         string            `json:"name"`
	ClientData   []groupClientData `json:"clientData,omitempty"`
	UpdateTime   time.Time         `json:"updateTime,omitzero"`
}

func encodeGroup(u *userStore, name string) ([]byte, bool, error) {
	cg := u.gs().groups[name]
	if cg == nil {
		return nil, false, nil
	}
	b, err := json.Marshal(groupRecord{cg.resourceName, cg.system, cg.name, cg.clientData, cg.updateTime})
	return b, true, err
}

func loadGroup(u *userStore, name string, v []byte) error {
	var r groupRecord
	if err := json.Unmarshal(v, &r); err != nil {
		return err
	}
	if r.ResourceName != name {
		return errors.New("the record names another group: corrupt")
	}
	u.gs().groups[name] = &contactGroup{resourceName: r.ResourceName, system: r.System, name: r.Name, clientData: r.ClientData, updateTime: r.UpdateTime}
	return nil
}

// encodePhoto writes a photo as its content type, a NUL, and its bytes.
func encodePhoto(u *userStore, key string) ([]byte, bool, error) {
	b, ok := u.photos[key]
	if !ok {
		return nil, false, nil
	}
	out := make([]byte, 0, len(b.contentType)+1+len(b.data))
	out = append(append(append(out, b.contentType...), 0), b.data...)
	return out, true, nil
}

func loadPhoto(u *userStore, key string, v []byte) error {
	ctype, data, ok := bytes.Cut(v, []byte{0})
	if !ok {
		return errors.New("no content type: corrupt")
	}
	if u.photos == nil {
		u.photos = make(map[string]photoBlob)
	}
	u.photos[key] = photoBlob{string(ctype), bytes.Clone(data)}
	return nil
}
