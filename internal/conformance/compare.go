// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package conformance

import (
	"encoding/json"
	"fmt"

	"github.com/google/go-cmp/cmp"
	"github.com/peopleupdate/peopleupdate/internal/schemapb"
	"github.com/peopleupdate/peopleupdate/person"
	"google.golang.org/protobuf/proto"
)

// setAside are the keys whose values are compared by the etag rules (FORMAT.md,
// "Comparing", rule 1), not as values.
var setAside = []string{"etag", "updateTime"}

// computed lists, by field JSON name, the computed values of that field's
// items (FORMAT.md, "Comparing", rule 2): the fields person.proto gives a rule
// (computed) or makes the formatted form of another (format_of), such as
// formattedType, displayName and canonicalForm.
var computed = func() map[string][]string {
	m := make(map[string][]string)
	for f := range person.Field(person.NumFields) {
		if !f.Repeated() {
			continue
		}
		fds := f.NewItem().ProtoReflect().Descriptor().Fields()
		for i := range fds.Len() {
			fd := fds.Get(i)
			if proto.GetExtension(fd.Options(), schemapb.E_Computed).(string) != "" ||
				proto.GetExtension(fd.Options(), schemapb.E_FormatOf).(string) != "" {
				m[f.JSONName()] = append(m[f.JSONName()], fd.JSONName())
			}
		}
	}
	return m
}()

// Diff compares the person a case wants with a response, both as JSON, by
// FORMAT.md's rules 2 to 4: etag and updateTime values are set aside in both;
// a computed value is removed from the response where want lacks it; a key
// whose value in want is null must be absent from the response; everything else
// must be equal as JSON values, lists in order. It returns "" when they match,
// else a cmp.Diff report (-want +got).
func Diff(want, got []byte) (string, error) {
	var w, g any
	if err := json.Unmarshal(want, &w); err != nil {
		return "", fmt.Errorf("want: %v", err)
	}
	if err := json.Unmarshal(got, &g); err != nil {
		return "", fmt.Errorf("got: %v", err)
	}
	w, g = Normalize(w, g)
	return cmp.Diff(w, g), nil
}

// Normalize applies rules 2 and 3 of the comparison to generic JSON values and
// returns them, ready for an equality test. It modifies both.
func Normalize(want, got any) (any, any) {
	dropKeys(want, setAside)
	dropKeys(got, setAside)
	dropUnwantedComputed(want, got)
	dropNulls(want)
	return want, got
}

// dropKeys deletes the given keys from every object in v, at any depth.
func dropKeys(v any, keys []string) {
	switch v := v.(type) {
	case map[string]any:
		for _, k := range keys {
			delete(v, k)
		}
		for _, e := range v {
			dropKeys(e, keys)
		}
	case []any:
		for _, e := range v {
			dropKeys(e, keys)
		}
	}
}

// dropUnwantedComputed removes from each item of got the computed values that
// the item at the same place of want lacks.
func dropUnwantedComputed(want, got any) {
	g, ok := got.(map[string]any)
	if !ok {
		return
	}
	w, _ := want.(map[string]any)
	for field, items := range g {
		gItems, ok := items.([]any)
		if !ok {
			continue
		}
		wItems, _ := w[field].([]any)
		keys := computed[field]
		for i, it := range gItems {
			gi, ok := it.(map[string]any)
			if !ok {
				continue
			}
			var wi map[string]any
			if i < len(wItems) {
				wi, _ = wItems[i].(map[string]any)
			}
			for _, k := range keys {
				if _, wanted := wi[k]; !wanted {
					delete(gi, k)
				}
			}
		}
	}
}

// dropNulls deletes every key whose value is null, at any depth.
func dropNulls(v any) {
	switch v := v.(type) {
	case map[string]any:
		for k, e := range v {
			if e == nil {
				delete(v, k)
				continue
			}
			dropNulls(e)
		}
	case []any:
		for _, e := range v {
			dropNulls(e)
		}
	}
}

// CheckSources checks the etag rule for the metadata.sources of a response
// (FORMAT.md, "Comparing", rule 1): the entry of the stored contact source has
// another etag than the stored one and an updateTime that is not earlier; every
// other entry has the etag and updateTime of the stored entry of the same type
// and id. It returns one line per violation.
func CheckSources(stored, resp *person.Person) []string {
	var bad []string
	contact := stored.ContactSource()
	for i, s := range resp.GetMetadata().GetSources() {
		old := findSource(stored, s)
		if old == nil {
			bad = append(bad, fmt.Sprintf("metadata.sources[%d] (%v %q) is not a stored source", i, s.GetType(), s.GetId()))
			continue
		}
		if old == contact {
			if s.GetEtag() == "" || s.GetEtag() == old.GetEtag() {
				bad = append(bad, fmt.Sprintf("metadata.sources[%d]: contact source etag %q, want a new one (stored %q)", i, s.GetEtag(), old.GetEtag()))
			}
			if s.GetUpdateTime().AsTime().Before(old.GetUpdateTime().AsTime()) {
				bad = append(bad, fmt.Sprintf("metadata.sources[%d]: contact source updateTime %v is earlier than the stored %v", i, s.GetUpdateTime().AsTime(), old.GetUpdateTime().AsTime()))
			}
			continue
		}
		if s.GetEtag() != old.GetEtag() {
			bad = append(bad, fmt.Sprintf("metadata.sources[%d]: %v etag %q, want the stored %q", i, s.GetType(), s.GetEtag(), old.GetEtag()))
		}
		if !proto.Equal(s.GetUpdateTime(), old.GetUpdateTime()) {
			bad = append(bad, fmt.Sprintf("metadata.sources[%d]: %v updateTime %v, want the stored %v", i, s.GetType(), s.GetUpdateTime(), old.GetUpdateTime()))
		}
	}
	return bad
}

// findSource returns the entry of stored's metadata.sources with the type and
// id of s, or nil.
func findSource(stored *person.Person, s *person.Source) *person.Source {
	for _, o := range stored.GetMetadata().GetSources() {
		if o.GetType() == s.GetType() && o.GetId() == s.GetId() {
			return o
		}
	}
	return nil
}
