// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package peoplefake

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"os"

	"github.com/peopleupdate/peopleupdate/person"
)

// ParseSeed parses a seed document, {"people": [<stored Person>, ...]}: full
// stored records in the API's JSON, each with its resourceName and, for a
// contact, metadata.sources with the CONTACT source's id, etag and updateTime,
// and item metadata. It rejects unknown members, a person without a valid
// resource name and two people with the same one.
func ParseSeed(data []byte) ([]*person.Person, error) {
	var doc struct {
		People []json.RawMessage `json:"people"`
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("seed: %v", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("seed: data after the document")
	}
	out := make([]*person.Person, 0, len(doc.People))
	seen := make(map[string]bool, len(doc.People))
	for i, raw := range doc.People {
		p, err := person.Unmarshal(raw)
		if err != nil {
			return nil, fmt.Errorf("seed: people[%d]: %v", i, err)
		}
		if err := checkSeed(p); err != nil {
			return nil, fmt.Errorf("seed: people[%d]: %v", i, err)
		}
		if seen[p.GetResourceName()] {
			return nil, fmt.Errorf("seed: people[%d]: a second person named %q", i, p.GetResourceName())
		}
		seen[p.GetResourceName()] = true
		out = append(out, p)
	}
	return out, nil
}

// LoadSeed reads and parses a seed file (see [ParseSeed]).
func LoadSeed(path string) ([]*person.Person, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	people, err := ParseSeed(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return people, nil
}

//go:embed sample.json
var sampleJSON []byte

// SampleName is the resource name of [Sample].
const SampleName = "people/c4084048990019506721"

// Sample returns a new copy of a sample stored contact, Margaret Chen
// (resource name [SampleName]): names, two email addresses, a phone number, a
// biography, a userDefined counter and membership of contactGroups/myContacts,
// beside a PROFILE source's name and email. The command serves it when given
// no seed.
func Sample() *person.Person {
	people, err := ParseSeed(sampleJSON)
	if err != nil || len(people) != 1 {
		panic(fmt.Sprintf("peoplefake: bad embedded sample: %v", err))
	}
	return people[0]
}
