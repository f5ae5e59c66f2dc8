package io.frontline.kernel;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Keeps a small map (custom field values) as a JSON text column; an empty map is stored as NULL. */
@Converter
public class JsonMapConverter implements AttributeConverter<Map<String, Object>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, Object> attribute) {
        return attribute == null || attribute.isEmpty() ? null : Json.write(attribute);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String dbData) {
        return dbData == null ? new LinkedHashMap<>() : Json.readMap(dbData);
    }
}
